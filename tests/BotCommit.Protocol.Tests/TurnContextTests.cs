using System.Text.Json.Nodes;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;

namespace BotCommit.Protocol.Tests;

/// <summary>The Step-1 path end to end: a Playground-style anonymous activity, the bot answers through the turn context.</summary>
public sealed class TurnContextTests
{
    [Fact]
    public async Task Turn_SendReplyAndUpdate_GoToTheInboundConversationAddressedToTheUser()
    {
        await using var playground = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None, basePath: "_connector/");
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["BotCommit:AllowAnonymous"] = "true" });
        string? sentId = null;
        host.Bot.Handler = async (turn, cancellationToken) =>
        {
            var sent = await turn.SendActivityAsync(MessageFactory.Text("welcome"), cancellationToken);
            sentId = sent.Id;
            await turn.ReplyToActivityAsync(MessageFactory.Card(new JsonObject { ["type"] = "AdaptiveCard" }), cancellationToken);
            await turn.UpdateActivityAsync(sent.Id!, MessageFactory.Text("welcome (edited)"), cancellationToken);
            return null;
        };
        var activity = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "message.json")))!;
        activity["serviceUrl"] = playground.ServiceUrl.ToString();

        using var response = await host.PostAsync(activity.ToJsonString(), null);

        var requests = playground.Requests;
        const string Conversation = "cd7eb8c6-38b0-422f-a78b-9f990673e050";
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(sentId));
        Assert.Equal(
            [
                ("POST", $"/_connector/v3/conversations/{Conversation}/activities"),
                ("POST", $"/_connector/v3/conversations/{Conversation}/activities/e9a03212-cbc8-472c-9e3b-61379d95550e"),
                ("PUT", $"/_connector/v3/conversations/{Conversation}/activities/{sentId}"),
            ],
            requests.Select(request => (request.Method, request.RawTarget)));
        Assert.All(requests, request => Assert.Null(request.Authorization));
        var welcome = JsonNode.Parse(requests[0].Body)!;
        Assert.Equal(Conversation, welcome["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("00000000-0000-0000-0000-00000000000011", welcome["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user-id-0", welcome["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("e9a03212-cbc8-472c-9e3b-61379d95550e", JsonNode.Parse(requests[1].Body)!["replyToId"]!.GetValue<string>());
    }
}
