using BotCommit.Protocol.Connector;

namespace BotCommit.Protocol.Tests;

public class ConnectorErrorParserTests
{
    [Theory]
    [InlineData("swagger shape", """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", "ConversationNotFound", null, "Conversation not found.")]
    [InlineData("nested subCode in message", """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}"}""", "209", "MessageWritesBlocked", "Thread is blocked from message writes.")]
    [InlineData("nested inside error", """{"error":{"code":"Forbidden","message":"{\"subCode\":\"MessageWritesBlocked\"}"}}""", "Forbidden", "MessageWritesBlocked", "{\"subCode\":\"MessageWritesBlocked\"}")]
    [InlineData("flat code (playground)", """{"code":"ActivityNotFoundInConversation","message":"not found"}""", "ActivityNotFoundInConversation", null, "not found")]
    [InlineData("errorSubCode spelling", """{"error":{"code":"BadArgument","message":"{\"errorSubCode\":\"X\"}"}}""", "BadArgument", "X", "{\"errorSubCode\":\"X\"}")]
    [InlineData("empty body", "", null, null, null)]
    [InlineData("not JSON", "<html>Bad gateway</html>", null, null, null)]
    [InlineData("JSON array", "[1]", null, null, null)]
    public void Parse_ErrorBody_ReadsCodeSubCodeAndMessage(string because, string body, string? code, string? subCode, string? message)
    {
        var parsed = ConnectorErrorParser.Parse(body);

        Assert.True(code == parsed.Code, because + ": code " + parsed.Code);
        Assert.True(subCode == parsed.SubCode, because + ": subCode " + parsed.SubCode);
        Assert.True(message == parsed.Message, because + ": message " + parsed.Message);
    }
}
