using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Regions;

/// <summary>
/// Deal moves on the manager's call card (issue #17), through the host on Azurite: two reps submit; the team manager's
/// call card lists their deals; a move without a note is refused in words and nothing is stored; the same move with a
/// note is stored, changes the call's figures and is named in the receipt; the region's summary in its channel shows
/// the moved deal with its note and the chart of the children's month forecast.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CallCardMovesThroughTheHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Note = "PO promised for Wednesday";
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W50"); // Monday 2026-12-07
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TestPerson s_manager = new("29:mgr-de", "Manager DE", "e1000000-0000-4000-8000-000000000000");
    private static readonly TestPerson s_regionManager = new("29:mgr-emea", "Manager EMEA", "e2000000-0000-4000-8000-000000000000");
    private static readonly TestPerson[] s_reps =
    [
        new("29:rep-1", "Rep One", "a1000000-0000-4000-8000-000000000001"),
        new("29:rep-2", "Rep Two", "a1000000-0000-4000-8000-000000000002"),
    ];

    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ManagerMovesADealWithANote_CallFollowsTheMove_RegionSummaryShowsItAndTheNote_WithoutANoteRefused()
    {
        await SeedAsync();
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));
        foreach (var rep in s_reps)
        {
            var sent = await _host.SendAsync(_host.PersonalMessage(rep, "commit"));
            var card = sent.Select(Card).OfType<JsonObject>().Last(c => Replies.Action(c, "checkin.submit") is not null);
            await _host.InvokeAsync(_host.Invoke(rep, "checkin.submit", CheckInCardData.Inputs(card, "checkin.submit"), inChannel: false));
        }

        await _host.SendAsync(_host.PersonalMessage(s_manager, "help"));
        await _host.SendAsync(_host.PersonalMessage(s_regionManager, "help"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "regions"));

        // Monday 10:00: the call card lists the four open deals, the upsides pre-filled as Upside.
        var callCard = Assert.Single(CallCards(await TickTwiceAsync(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero))));
        var slots = Replies.Action(callCard, CallVerbs.Submit)!["data"]![CallVerbs.DealsKey]!.AsArray();
        Assert.Equal(4, slots.Count);
        var slot = slots.Select((s, i) => (Rep: (string)s![0]!, Deal: (string)s[1]!, Index: i)).Single(s => s.Rep == s_reps[1].AadObjectId && s.Deal == "u2").Index;
        Assert.Equal("Upside", CheckInCardData.InputValue(callCard, CallVerbs.MoveInput(slot)));
        Assert.Equal(200m, decimal.Parse(CheckInCardData.InputValue(callCard, CallVerbs.FigureInput(CallFigure.ThisWeekCommit))!, System.Globalization.CultureInfo.InvariantCulture));

        // The move without a note: refused in words, nothing stored (the card is not replaced: what was typed stays).
        var data = CheckInCardData.Inputs(callCard, CallVerbs.Submit);
        data[CallVerbs.MoveInput(slot)] = "Commit";
        var refused = await _host.InvokeAsync(_host.Invoke(s_manager, CallVerbs.Submit, data, inChannel: false));
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)refused["type"]);
        Assert.Contains("**Globex · Expansion (u2)**: write why you move it", Words(refused), StringComparison.Ordinal);
        Assert.Empty(await _host.Get<ICallStore>().ListSubmissionsAsync(NodeId.From(CommandHost.TeamIdValue), s_week, s_none));

        // With a note: stored, the call's commit follows the deal (200 + 50), the receipt names the move.
        data[CallVerbs.MoveNoteInput(slot)] = Note;
        var receipt = await _host.InvokeAsync(_host.Invoke(s_manager, CallVerbs.Submit, data, inChannel: false));
        Assert.Contains("Your commit is saved", Words(receipt), StringComparison.Ordinal);
        Assert.Contains("Moved: Globex · Expansion (u2) → Commit.", Words(receipt), StringComparison.Ordinal);
        var stored = Assert.Single(await _host.Get<ICallStore>().ListSubmissionsAsync(NodeId.From(CommandHost.TeamIdValue), s_week, s_none));
        var move = Assert.Single(stored.Moves);
        Assert.Equal((RepId.From(s_reps[1].AadObjectId), DealId.From("u2"), ForecastCategory.Upside, ForecastCategory.Commit, Note), (move.Rep, move.Deal, move.From, move.To, move.Note));
        Assert.Empty(stored.Changes);
        var view = await _host.Get<RecordCall>().PrepareAsync(NodeId.From(CommandHost.TeamIdValue), s_week, s_none);
        Assert.Equal(200m, view!.RollUp.ThisWeekCommit);
        Assert.Equal(250m, view.Current.ThisWeekCommit);
        Assert.Equal(50m, view.Current.ThisWeekUpside);

        // The refreshed card keeps the move pre-filled: submitting it again changes nothing.
        var refreshed = receipt["value"]!.AsObject();
        Assert.Equal("Commit", CheckInCardData.InputValue(refreshed, CallVerbs.MoveInput(0)));
        Assert.Equal(Note, CheckInCardData.InputValue(refreshed, CallVerbs.MoveNoteInput(0)));
        var again = await _host.InvokeAsync(_host.Invoke(s_manager, CallVerbs.Submit, CheckInCardData.Inputs(refreshed, CallVerbs.Submit), inChannel: false));
        Assert.Contains("Your commit is saved", Words(again), StringComparison.Ordinal);
        view = await _host.Get<RecordCall>().PrepareAsync(NodeId.From(CommandHost.TeamIdValue), s_week, s_none);
        Assert.Equal(250m, view!.Current.ThisWeekCommit);
        Assert.Empty(view.Latest!.Changes);

        // Monday 12:30: the region's summary shows the call, the moved deal and its note, and the chart.
        var post = Assert.Single(RegionPosts(await TickTwiceAsync(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.Zero))));
        var summary = Replies.Card(JsonNode.Parse(post.Body)!["activity"]!)!;
        var texts = Replies.Elements(summary).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!).ToList();
        Assert.Contains(texts, t => t.StartsWith("Moved deal **Globex** · Expansion: Upside → Commit (", StringComparison.Ordinal) && t.EndsWith(Note, StringComparison.Ordinal));
        var chart = Assert.Single(Replies.Elements(summary), e => (string?)e["type"] == "Chart.VerticalBar.Grouped");
        Assert.Equal("Call", (string?)chart["data"]![1]!["legend"]);
        Assert.Equal(view.Current.MonthForecast, chart["data"]![1]!["values"]![0]!["y"]!.GetValue<decimal>());
        Assert.Equal(view.RollUp.MonthForecast, chart["data"]![0]!["values"]![0]!["y"]!.GetValue<decimal>());
    }

    private async Task SeedAsync()
    {
        var deals = _host.Get<IDealStore>();
        for (var i = 0; i < s_reps.Length; i++)
        {
            var n = i + 1;
            await _host.AddRepAsync(s_reps[i]);
            await deals.ReplaceAsync(CommandHost.Team, RepId.From(s_reps[i].AadObjectId),
            [
                new DealForecast(DealId.From($"c{n}"), "Acme", "Renewal", ForecastCategory.Commit, 100m, new DateOnly(2026, 12, 9), Stage.Closing) { Checklist = CommitChecklist.All },
                new DealForecast(DealId.From($"u{n}"), "Globex", "Expansion", ForecastCategory.Upside, 50m, new DateOnly(2026, 12, 10), Stage.From(50)),
            ], s_none);
        }

        var region = new OrgNode(NodeId.From("emea"), NodeKind.Region, "EMEA") { Managers = [RepId.From(s_regionManager.AadObjectId)], ChannelId = CommandHost.ManagersChannel };
        var team = OrgNode.ForTeam(CommandHost.Team, "Sales DE") with { Parent = region.Id, Managers = [RepId.From(s_manager.AadObjectId)] };
        await _host.Get<IOrgTreeStore>().SaveAsync(OrgTree.Create([region, team]), null, s_none);
    }

    private async Task<List<RecordedConnectorRequest>> TickTwiceAsync(DateTimeOffset at)
    {
        _host.Clock.SetUtcNow(at);
        var before = _host.Connector.Requests.Count;
        for (var i = 0; i < 2; i++)
        {
            await _host.Get<RunScheduleTick>().RunAsync(s_none);
            await _host.Get<RunRegionTick>().RunAsync(s_none);
        }

        return [.. _host.Connector.Requests.Skip(before)];
    }

    /// <summary>New channel posts carrying the region's weekly summary (not its monthly review).</summary>
    private static List<RecordedConnectorRequest> RegionPosts(IEnumerable<RecordedConnectorRequest> requests) =>
        [.. requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains("Region EMEA — week ", StringComparison.Ordinal))];

    private static List<JsonObject> CallCards(IEnumerable<RecordedConnectorRequest> requests) =>
        [.. requests
            .Where(r => r.Method == "POST" && r.Path.Contains("a:personal-" + s_manager.TeamsId[3..], StringComparison.Ordinal))
            .Select(Card)
            .OfType<JsonObject>()
            .Where(c => Replies.Action(c, CallVerbs.Submit) is not null)];

    /// <summary>An invoke answer's words: the message, or the texts of the card that replaces the acted-on one.</summary>
    private static string Words(JsonObject answer) =>
        answer["value"] is JsonValue message
            ? (string)message!
            : string.Join("\n", Replies.Elements(answer["value"]!).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!));

    private static JsonObject? Card(RecordedConnectorRequest request) =>
        request.Body.StartsWith('{') && JsonNode.Parse(request.Body) is { } body ? Replies.Card(body["activity"] ?? body) : null;
}
