using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Storage.AzureTables.Conversations;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Protocol.Connector;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Bot.Tests.Turns;

/// <summary>The first vertical path: install → stored reference + one welcome card; help → help card; never silence.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class FoundationTurnTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost _host = null!;
    private FakeTeamsConnector _connector = null!;

    public async Task InitializeAsync() => (_host, _connector) = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_StoresReferenceAndSendsWelcomeCardToServiceUrl()
    {
        var conversationId = Activities.NewConversationId();

        var response = await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, conversationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_connector.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/emea/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", sent.RawTarget);
        Assert.Equal("Welcome to BotCommit", FirstCardText(sent.Body));
        var stored = await _host.Services.GetRequiredService<IConversationReferenceStore>()
            .GetForUserAsync("00000000-0000-0000-0000-0000000000020", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(conversationId, stored.Conversation?.Id);
        Assert.Equal(_connector.ServiceUrl.ToString(), stored.ServiceUrl);
        Assert.IsType<TableConversationReferenceStore>(_host.Services.GetRequiredService<IConversationReferenceStore>());
    }

    [Fact]
    public async Task InstallationUpdateAfterConversationUpdate_SameInstall_WelcomesOnce()
    {
        var conversationId = Activities.NewConversationId();

        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, conversationId));
        await _host.PostActivityAsync(Activities.Fixture("installationUpdate", _connector.ServiceUrl, conversationId));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task InstallationUpdate_Remove_SendsNothingAndMarksUninstalled()
    {
        var conversationId = Activities.NewConversationId();
        await _host.PostActivityAsync(Activities.Fixture("installationUpdate", _connector.ServiceUrl, conversationId));
        var remove = Activities.Fixture("installationUpdate", _connector.ServiceUrl, conversationId);
        remove["action"] = "remove";

        var response = await _host.PostActivityAsync(remove);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.Requests);
        var stored = await _host.Services.GetRequiredService<IConversationReferenceStore>()
            .GetForConversationAsync(conversationId, CancellationToken.None);
        Assert.Equal("uninstalled", stored?.State);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("  Help!  ")]
    [InlineData("?")]
    [InlineData("hi")]
    public async Task Message_Help_AnswersWithHelpCard(string text)
    {
        var response = await _host.PostActivityAsync(Activities.Message(_connector.ServiceUrl, Activities.NewConversationId(), text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_connector.Requests);
        Assert.Equal("What BotCommit does", FirstCardText(sent.Body));
        Assert.Contains("\"help\"", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_UnknownCommandWithMarkup_AnswersFriendlyTextWithTheInputEscaped()
    {
        await _host.PostActivityAsync(Activities.Message(_connector.ServiceUrl, Activities.NewConversationId(), "[win](http://evil) <b>now</b>"));

        var sent = Assert.Single(_connector.Requests);
        var text = JsonNode.Parse(sent.Body)!["text"]!.GetValue<string>();
        Assert.StartsWith("Sorry, I did not understand", text, StringComparison.Ordinal);
        Assert.Contains("\\[win\\]\\(http://evil\\)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_WhenTheReplyFails_TheUserStillGetsAnApologyWithAReference()
    {
        _connector.Enqueue(ScriptedConnectorResponse.Failure(400, "BadArgument", "card rejected"));

        var response = await _host.PostActivityAsync(Activities.Message(_connector.ServiceUrl, Activities.NewConversationId(), "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
        var apology = JsonNode.Parse(_connector.Requests[1].Body)!["text"]!.GetValue<string>();
        Assert.StartsWith("Sorry, something went wrong on my side", apology, StringComparison.Ordinal);
        Assert.Contains("reference ", apology, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", apology, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_UnknownName_Answers501()
    {
        var invoke = Activities.Fixture("invoke-adaptiveCard-action", _connector.ServiceUrl, Activities.NewConversationId());
        invoke["name"] = "task/fetch";

        var response = await _host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersAMessageInsteadOfAnError()
    {
        var response = await _host.PostActivityAsync(
            Activities.Fixture("invoke-adaptiveCard-action", _connector.ServiceUrl, Activities.NewConversationId()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("not supported", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SameActivityDeliveredTwice_IsAnsweredOnce()
    {
        var message = Activities.Message(_connector.ServiceUrl, Activities.NewConversationId(), "help");

        await _host.PostActivityAsync(message);
        await _host.PostActivityAsync(message);

        Assert.Single(_connector.Requests);
    }

    private static string FirstCardText(string activityJson)
    {
        var activity = JsonNode.Parse(activityJson)!;
        var card = activity["attachments"]![0]!["content"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        return card["body"]![0]!["text"]!.GetValue<string>();
    }
}
