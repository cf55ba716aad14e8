using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Tests.Hostile;

/// <summary>One test per bug the hostile corpus found in the protocol layer, each pinned without the corpus.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ProtocolHostileFixTests(AzuriteFixture azurite, HostileHost host) : IClassFixture<HostileHost>, IAsyncLifetime
{
    public Task InitializeAsync() => host.EnsureStartedAsync(azurite.ConnectionString);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void RemoveRecipientMention_QuarterMillionUnclosedMentionTags_StaysLinearAndKeepsTheText()
    {
        // Before the fix each "<at>" rescanned the rest of the text: a RegexMatchTimeoutException, and the stray tags
        // swallowed the bot's mention that follows them.
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = string.Concat(Enumerable.Repeat("<at>", 250_000)) + " <at>BotCommit</at> help",
            Recipient = new ChannelAccount { Id = "28:bot", Name = "BotCommit" },
        };

        var text = activity.RemoveRecipientMention();

        Assert.Equal(string.Concat(Enumerable.Repeat("<at>", 250_000)) + " help", text);
    }

    [Theory]
    [InlineData("a null mention entity", "message", """{"text":"<at>Test Bot</at> xyzzy","entities":[null]}""", "text")]
    [InlineData("a null member added", "conversationUpdate", """{"membersAdded":[null,{"id":"29:someone"}]}""", "card")]
    [InlineData("a null member removed", "conversationUpdate", """{"membersAdded":null,"membersRemoved":[null]}""", "none")]
    [InlineData("a null attachment", "message", """{"text":"xyzzy","attachments":[null]}""", "text")]
    public async Task Post_NullEntriesInActivityLists_AreIgnoredAndTheTurnSucceeds(string because, string fixture, string patch, string reply)
    {
        var run = await host.RunAsync(Case(fixture, patch));

        Assert.True(run.Status == HttpStatusCode.OK, because);
        Assert.DoesNotContain(run.Logs, e => e.IsCrash);
        Assert.Equal(reply == "none" ? 0 : 1, run.Replies.Count);
        Assert.Equal(reply == "card", run.Replies.Any(r => r["attachments"] is JsonArray));
    }

    [Theory]
    [InlineData("message without conversation", "message", """{"conversation":null}""")]
    [InlineData("message with a blank conversation id", "message", """{"conversation":{"id":"  "}}""")]
    [InlineData("message without serviceUrl", "message", """{"serviceUrl":null}""")]
    [InlineData("message with a relative serviceUrl", "message", """{"serviceUrl":"v3/conversations"}""")]
    [InlineData("message with a javascript: serviceUrl", "message", """{"serviceUrl":"javascript:alert(1)"}""")]
    [InlineData("invoke without conversation", "invoke-adaptiveCard-action", """{"conversation":null}""")]
    [InlineData("install without serviceUrl", "installationUpdate", """{"serviceUrl":null}""")]
    public async Task Post_ActivityWithNowhereToAnswer_Answers400WithoutATurn(string because, string fixture, string patch)
    {
        var run = await host.RunAsync(Case(fixture, patch));

        Assert.True(run.Status == HttpStatusCode.BadRequest, because);
        Assert.Empty(run.Replies);
        Assert.DoesNotContain(run.Logs, e => e.IsCrash);
    }

    [Theory]
    [InlineData("typing", """{"type":"typing","conversation":null,"serviceUrl":null}""")]
    [InlineData("unknown type", """{"type":"somethingNew","conversation":null}""")]
    public async Task Post_IgnoredActivityWithoutConversation_IsStillAcknowledged(string because, string patch)
    {
        var run = await host.RunAsync(Case("message", patch));

        Assert.True(run.Status == HttpStatusCode.OK, because);
        Assert.Empty(run.Replies);
    }

    private static JsonObject Case(string fixture, string patch) => new()
    {
        ["name"] = "fix",
        ["kind"] = "activity",
        ["base"] = fixture,
        ["patch"] = JsonNode.Parse(patch),
    };
}
