using System.Text.Json.Nodes;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Tests;

public class InvokeResponseTests
{
    [Fact]
    public void Card_AnyCard_IsUniversalActionsCardBody()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = InvokeResponse.Card(card);

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}"""),
            response.Body));
    }

    [Fact]
    public void Message_Text_IsActivityMessageBody()
    {
        var response = InvokeResponse.Message("Commit received");

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Commit received"}"""),
            response.Body));
    }

    [Fact]
    public void Error_StatusAndCode_IsHttp200WithErrorBody()
    {
        var response = InvokeResponse.Error(400, "BadRequest", "value.action is missing");

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"value.action is missing"}}"""),
            response.Body));
    }

    [Fact]
    public void NotImplemented_Always_Is501WithoutBody()
    {
        var response = InvokeResponse.NotImplemented();

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
    }

    [Fact]
    public void MessageFactoryCard_WithSummary_WrapsTheCardAsAdaptiveAttachment()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard" };

        var activity = MessageFactory.Card(card, "Your weekly commit");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Your weekly commit", activity.Summary);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
        Assert.Null(activity.Id);
        Assert.Null(activity.ServiceUrl);
    }
}
