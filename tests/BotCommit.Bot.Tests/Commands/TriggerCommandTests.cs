using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary><c>nudge now</c>, <c>summary now</c> (private preview, then post) and <c>post summary</c>, on the schedule's use cases.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TriggerCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Emil);
        await _host.Get<IDealStore>().ReplaceAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId),
            [new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90))],
            CancellationToken.None);

        // Dana has opened BotCommit (her personal chat is known); Emil never did.
        await _host.SendAsync(_host.PersonalMessage(People.Dana, "hi"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NudgeNow_SendsTheCardToReachableRepsAndCountsTheOthers()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "nudge now"));

        var card = Assert.Single(sent, r => r.Path.Contains("a:personal-dana", StringComparison.Ordinal));
        Assert.Contains("Contoso", card.Body, StringComparison.Ordinal);
        Assert.Equal("PUT", sent[^1].Method);
        var answer = Replies.Text(JsonNode.Parse(sent[^1].Body)!);
        Assert.Contains("Nudged for 2026-W49", answer, StringComparison.Ordinal);
        Assert.Contains("Sent: 1", answer, StringComparison.Ordinal);
        Assert.Contains("Queued: 0", answer, StringComparison.Ordinal);
        Assert.Contains("Failed (could not be reached): 1", answer, StringComparison.Ordinal);
        Assert.Contains("Done in", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NudgeNow_Twice_SecondTimeSendsNothingUnlessAgain()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "nudge now"));

        var second = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "nudge now"));
        var again = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "nudge now again"));

        Assert.DoesNotContain(second, r => r.Path.Contains("a:personal-dana", StringComparison.Ordinal));
        Assert.Contains("nudge now again", Replies.Text(JsonNode.Parse(second[^1].Body)!), StringComparison.Ordinal);
        Assert.Single(again, r => r.Path.Contains("a:personal-dana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NudgeNow_OneRep_NudgesOnlyThem()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "nudge now <at>Dana Kim</at>", People.Dana));

        Assert.Single(sent, r => r.Path.Contains("a:personal-dana", StringComparison.Ordinal));
        Assert.Contains("Dana Kim nudged for 2026-W49", Replies.Text(JsonNode.Parse(sent[^1].Body)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryNow_InPersonalChat_ShowsThePreviewAndAPostButton_ThenPostPostsToTheChannel()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        var before = _host.Connector.Requests.Count;
        await _host.Host.PostActivityAsync(_host.PersonalMessage(People.Olivia, "summary now"));
        var answeredAt = _host.Connector.Requests.Count;
        await _host.Get<BotCommit.Bot.Progress.LongWork>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var sent = _host.Connector.Requests.Skip(before).Where(r => r.Method != "GET").ToList(); // not the admin check

        // Issue #19 item 3: a progress card at once (within the turn), then the preview replaces it in place, then the
        // post card follows with the time taken.
        Assert.All(sent, r => Assert.Contains("a:personal-olivia", r.Path, StringComparison.Ordinal));
        Assert.Equal(["POST", "PUT", "POST"], sent.Select(r => r.Method));
        Assert.Single(_host.Connector.Requests.Skip(before).Take(answeredAt - before), r => r.Method != "GET");
        var progress = Replies.Text(JsonNode.Parse(sent[0].Body)!);
        Assert.Contains("Preparing the summary of Sales EMEA for 2026-W49", progress, StringComparison.Ordinal);
        Assert.Contains("the preview replaces this card", progress, StringComparison.Ordinal);
        Assert.StartsWith(sent[0].Path + "/", sent[1].Path, StringComparison.Ordinal);
        Assert.Contains("Weekly commit summary", Replies.Text(JsonNode.Parse(sent[1].Body)!), StringComparison.Ordinal); // the preview
        Assert.Matches(@"Preview ready in \d+ s\.", Replies.Text(JsonNode.Parse(sent[2].Body)!));
        var postCard = Replies.Card(JsonNode.Parse(sent[2].Body)!)!;
        var post = Replies.Action(postCard, AdminVerbs.PostSummary);
        Assert.NotNull(post);
        Assert.Equal("Post to Managers", post["title"]!.GetValue<string>());
        Assert.DoesNotContain(_host.Connector.Requests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));

        before = _host.Connector.Requests.Count;
        var response = await _host.InvokeAsync(_host.Invoke(People.Olivia, AdminVerbs.PostSummary, post["data"]!.AsObject(), inChannel: false));

        Assert.Contains(_host.Connector.Requests.Skip(before), r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("Summary 2026-W49 posted to Managers", Replies.Text(response["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryNow_InTheChannel_SendsThePreviewPrivately()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hello"));

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "summary now"));

        Assert.Equal(2, sent.Count(r => r.Path.Contains("a:personal-olivia", StringComparison.Ordinal)));
        var channelReply = Assert.Single(sent, r => r.Path.Contains(CommandHost.ManagersChannel, StringComparison.Ordinal));
        Assert.Contains("in our personal chat", Replies.Text(JsonNode.Parse(channelReply.Body)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryNow_InTheChannelWithoutAPersonalChat_OpensOneForThePreview()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "summary now"));

        Assert.Single(sent, r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(2, sent.Count(r => r.Path.Contains("a:created-", StringComparison.Ordinal)));
        var channelReply = Assert.Single(sent, r => r.Path.Contains(CommandHost.ManagersChannel, StringComparison.Ordinal));
        Assert.Contains("in our personal chat", Replies.Text(JsonNode.Parse(channelReply.Body)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryNow_InTheChannel_WhenNoPersonalChatCanBeOpened_ExplainsHowToGetThePreview()
    {
        _host.Connector.Responder = r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? BotCommit.Testing.Teams.ScriptedConnectorResponse.Failure(403, "ForbiddenOperationException")
            : null;

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "summary now"));

        Assert.Contains("post summary", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-W49", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryNowPost_ByText_PostsWithoutAnotherPreview()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "summary now post"));

        Assert.Contains(sent, r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("Summary 2026-W49 posted to Managers", Replies.Text(JsonNode.Parse(sent[^1].Body)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostSummary_WithoutAChannel_SaysWhyNothingWasPosted()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "post summary"));

        Assert.Contains("The summary was not posted", answer, StringComparison.Ordinal);
        Assert.Contains("set channel", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostButton_PressedByANonAdmin_IsRefused()
    {
        var response = await _host.InvokeAsync(_host.Invoke(People.Rita, AdminVerbs.PostSummary, AdminVerbs.Data(CommandHost.TeamIdValue), inChannel: false));

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("only the admins of Sales EMEA", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
