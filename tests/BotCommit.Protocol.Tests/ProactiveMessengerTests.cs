using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;

namespace BotCommit.Protocol.Tests;

/// <summary>Teams error mapping on proactive sends (protocol doc 5.4, 8.3 O9, O10).</summary>
public sealed class ProactiveMessengerTests
{
    public static TheoryData<string, ScriptedConnectorResponse, string> StateCases => new()
    {
        { "user blocked the bot", ScriptedConnectorResponse.Failure(403, "ConversationBlockedByUser"), ConversationReferenceStates.Blocked },
        { "admin disabled the bot", ScriptedConnectorResponse.Failure(403, "BotDisabledByAdmin"), ConversationReferenceStates.Blocked },
        { "thread blocked (nested subCode)", ScriptedConnectorResponse.NestedFailure(403, "MessageWritesBlocked"), ConversationReferenceStates.Blocked },
        { "bot removed", ScriptedConnectorResponse.Failure(403, "BotNotInConversationRoster"), ConversationReferenceStates.Uninstalled },
        { "not installed for the user", ScriptedConnectorResponse.Failure(403, "ForbiddenOperationException"), ConversationReferenceStates.NotInstalled },
    };

    [Theory]
    [MemberData(nameof(StateCases))]
    public async Task SendToUser_403Code_MarksTheReferenceAndRethrows(string because, ScriptedConnectorResponse answer, string expectedState)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = harness.PersonalReference();
        await harness.Store.SaveAsync(reference, CancellationToken.None);
        harness.Teams.Enqueue(answer);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Messenger.SendToUserAsync(reference, MessageFactory.Text("nudge"), CancellationToken.None));

        var stored = await harness.Store.GetForConversationAsync("a:1personal-chat", CancellationToken.None);
        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.True(expectedState == stored!.State, because);
        Assert.Single(harness.Teams.Requests);
    }

    [Fact]
    public async Task SendToUser_OtherError_LeavesTheStateAlone()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = harness.PersonalReference();
        await harness.Store.SaveAsync(reference, CancellationToken.None);
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(400, "BadArgument"));

        await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Messenger.SendToUserAsync(reference, MessageFactory.Text("nudge"), CancellationToken.None));

        var stored = await harness.Store.GetForConversationAsync("a:1personal-chat", CancellationToken.None);
        Assert.Equal(ConversationReferenceStates.Active, stored!.State);
    }

    [Fact]
    public async Task SendToUser_ConversationNotFound_RecreatesTheChatOnceAndResends()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = harness.PersonalReference();
        await harness.Store.SaveAsync(reference, CancellationToken.None);
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(404, "ConversationNotFound"));

        var result = await harness.Messenger.SendToUserAsync(reference, MessageFactory.Text("nudge"), CancellationToken.None);

        var requests = harness.Teams.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(("POST", "/emea/v3/conversations"), (requests[1].Method, requests[1].RawTarget));
        var create = JsonNode.Parse(requests[1].Body)!;
        Assert.Equal("29:1rep-alice", create["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("28:" + ConnectorHarness.AppId, create["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(ConnectorHarness.TenantId, create["tenantId"]!.GetValue<string>());
        Assert.Equal(ConnectorHarness.TenantId, create["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(create["isGroup"]!.GetValue<bool>());
        Assert.StartsWith("/emea/v3/conversations/a%3Acreated-", requests[2].RawTarget, StringComparison.Ordinal);
        Assert.Equal("nudge", JsonNode.Parse(requests[2].Body)!["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(result.Id));
        var byUser = await harness.Store.GetForUserAsync("6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a", CancellationToken.None);
        Assert.StartsWith("a:created-", byUser!.Conversation!.Id, StringComparison.Ordinal);
        Assert.NotNull(byUser.ServiceUrlVerified);
    }

    [Fact]
    public async Task SendToUser_ConversationNotFoundTwice_MarksNotFoundWithoutASecondRecreate()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var reference = harness.PersonalReference();
        await harness.Store.SaveAsync(reference, CancellationToken.None);
        harness.Teams.Enqueue(
            ScriptedConnectorResponse.Failure(404, "ConversationNotFound"),
            new ScriptedConnectorResponse(201, """{"id":"a:recreated"}"""),
            ScriptedConnectorResponse.Failure(404, "ConversationNotFound"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Messenger.SendToUserAsync(reference, MessageFactory.Text("nudge"), CancellationToken.None));

        Assert.Equal("ConversationNotFound", exception.Code);
        Assert.Equal(3, harness.Teams.Requests.Count);
        var original = await harness.Store.GetForConversationAsync("a:1personal-chat", CancellationToken.None);
        Assert.Equal(ConversationReferenceStates.NotFound, original!.State);
    }

    [Fact]
    public async Task SendToUser_UnverifiedReference_IsRefusedWithoutContactingAnyone()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);
        var reference = harness.PersonalReference();
        reference.ServiceUrlVerified = null;

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => harness.Messenger.SendToUserAsync(reference, MessageFactory.Text("nudge"), CancellationToken.None));

        Assert.Empty(harness.Teams.Requests);
        Assert.Empty(harness.Msal.Requests);
    }

    [Fact]
    public async Task SendToUser_VerifiedReferenceAfterRestart_IsTrustedAndAddressed()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);

        await harness.Messenger.SendToUserAsync(harness.PersonalReference(), MessageFactory.Text("nudge"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(harness.Teams.Requests).Body)!;
        Assert.Equal("a:1personal-chat", body["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("28:" + ConnectorHarness.AppId, body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1rep-alice", body["recipient"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostToChannel_ChannelReference_StartsANewThreadWithCreateConversation()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var channel = harness.PersonalReference("19:managers@thread.tacv2");
        channel.Conversation!.ConversationType = "channel";
        channel.Conversation.IsGroup = true;
        channel.ChannelIdInTeam = "19:managers@thread.tacv2";

        var result = await harness.Messenger.PostToChannelAsync(channel, MessageFactory.Card(new JsonObject { ["type"] = "AdaptiveCard" }), CancellationToken.None);

        var request = Assert.Single(harness.Teams.Requests);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("/emea/v3/conversations", request.RawTarget);
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:managers@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["activity"]!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(result.ActivityId));
    }
}
