using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards;
using BotCommit.Cards.Regions;
using BotCommit.Exchange.Regions;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #17's "Done when", through the bot host on Azurite (activities in, the fake Teams connector out, a fake clock):
/// an org with two regions and five teams, 60 reps. Each rep asks for their card in their personal chat and submits it
/// as a card action from their own identity; the scheduler's ticks are moved across the deadlines; each manager's call
/// card arrives once and is submitted as a card action bottom-up (one team makes no call, one region makes none); each
/// region's summary is posted exactly once (counted at the connector); then sales ops type <c>export region Org</c>,
/// download the files through the links, and the offline region summary from the export JSON equals the posted one — the
/// summary JSON kept with the post and the very card the channel got.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RegionWeekThroughTheHostTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int RepsPerTeam = 12;
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W50"); // Monday 2026-12-07
    private static readonly CancellationToken s_none = CancellationToken.None;

    // The five teams: the host's own "Sales EMEA" plays DE; the others are saved next to it.
    private static readonly (string Key, TeamId Team, string Name, string Region)[] s_teams =
    [
        ("de", CommandHost.Team, "Sales EMEA", "emea"),
        ("uk", TeamId.From("19:team-uk@thread.tacv2"), "Sales UK", "emea"),
        ("au", TeamId.From("19:team-au@thread.tacv2"), "Sales AU", "apac"),
        ("cn", TeamId.From("19:team-cn@thread.tacv2"), "Sales CN", "apac"),
        ("jp", TeamId.From("19:team-jp@thread.tacv2"), "Sales JP", "apac"),
    ];

    private static readonly TestPerson s_vp = Person("vp", 0xF0, 0);
    private static readonly TestPerson s_emeaManager = Person("emea", 0xF1, 0);
    private static readonly TestPerson s_apacManager = Person("apac", 0xF2, 0);

    private CommandHost _host = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["BotCommit:Downloads:PublicBaseUrl"] = "https://botcommit.example.com",
        });
        _browser = _host.Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task OneWeek_SixtyReps_CallsBottomUp_EachRegionSummaryPostedOnce_TopRegionExportReproducesItOffline()
    {
        var watch = Stopwatch.StartNew();
        await SeedAsync();

        // Sunday evening: every rep asks for their card and submits it, from their own identity, in their own chat (four
        // reps at a time, as people do; each rep's card is told apart by their chat).
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero));
        var reps = s_teams.SelectMany(t => Enumerable.Range(1, RepsPerTeam).Select(i => Rep(t.Key, i))).ToList();
        await Parallel.ForEachAsync(reps, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (rep, _) =>
        {
            var chat = "a:personal-" + rep.TeamsId[3..];
            var sent = await _host.SendAsync(_host.PersonalMessage(rep, "commit"));
            var card = sent.Where(r => r.Path.Contains(chat, StringComparison.Ordinal)).Select(Card).OfType<JsonObject>().Last(c => Replies.Action(c, "checkin.submit") is not null);
            var receipt = await _host.InvokeAsync(_host.Invoke(rep, "checkin.submit", CheckInCardData.Inputs(card, "checkin.submit"), inChannel: false));
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)receipt["type"]);
        });
        foreach (var (_, team, _, _) in s_teams)
        {
            Assert.Equal(RepsPerTeam, (await _host.Get<ISubmissionStore>().ListWeekAsync(team, s_week, s_none)).Count);
        }

        // EMEA's reps (DE and UK) also have December's monthly forecast of record: 10 a month, sent on Sunday.
        var december = new YearMonth(2026, 12);
        foreach (var (key, team, _, region) in s_teams.Where(t => t.Region == "emea"))
        {
            for (var i = 1; i <= RepsPerTeam; i++)
            {
                var lines = MonthlyCalendar.Window(december).Select(m => new MonthForecastLine(m, 10m, 0m)).ToArray();
                await _host.Get<IMonthlyForecastStore>().AddAsync(
                    new MonthlyForecast(team, RepId.From(Rep(key, i).AadObjectId), december, lines) { SubmittedAt = _host.Clock.GetUtcNow() }, s_none);
            }
        }

        output.WriteLine($"reps submitted: {watch.Elapsed}");
        // The managers' personal chats and the regions' channel are known to BotCommit (they spoke to it once).
        foreach (var manager in s_teams.Select(t => TeamManager(t.Key)).Append(s_emeaManager).Append(s_apacManager).Append(s_vp))
        {
            await _host.SendAsync(_host.PersonalMessage(manager, "help"));
        }

        Assert.Contains("Org", await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "regions")), StringComparison.Ordinal);

        output.WriteLine($"managers and channel known: {watch.Elapsed}");
        // Monday 10:00: the teams' records are final; each team manager gets their call card once (two ticks).
        var cards = await TickTwiceAsync(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        foreach (var (key, _, _, _) in s_teams)
        {
            var card = Assert.Single(CallCards(cards, TeamManager(key)));
            Assert.Equal("1200", CheckInCardData.InputValue(card, CallVerbs.FigureInput(CallFigure.ThisWeekCommit))?.Replace(",", "", StringComparison.Ordinal).Split('.')[0]);
        }

        Assert.Empty(RegionPosts(cards));

        output.WriteLine($"Monday 10:00 ticks: {watch.Elapsed}");
        // The team managers call from their cards (JP makes none): DE lowers this week's commit, CN raises its quarter.
        await CallAsync(TeamManager("de"), CallCards(cards, TeamManager("de")).Single(), CallFigure.ThisWeekCommit, "1000", "two deals slip to next week");
        await CallAsync(TeamManager("uk"), CallCards(cards, TeamManager("uk")).Single(), null, null, null);
        await CallAsync(TeamManager("au"), CallCards(cards, TeamManager("au")).Single(), null, null, null);
        await CallAsync(TeamManager("cn"), CallCards(cards, TeamManager("cn")).Single(), CallFigure.QuarterForecast, "2000", "renewal lands in December");

        output.WriteLine($"team calls: {watch.Elapsed}");
        // Monday 12:30: the teams' call deadlines have passed: EMEA's and APAC's summaries are posted once each, and
        // their managers get their call cards, pre-filled with their children's calls.
        var monday = await TickTwiceAsync(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.Zero));
        var regional = RegionPosts(monday);
        Assert.Single(regional, p => p.Body.Contains("Region EMEA", StringComparison.Ordinal));
        Assert.Single(regional, p => p.Body.Contains("Region APAC", StringComparison.Ordinal));
        Assert.Equal(2, regional.Count);
        Assert.Contains("two deals slip to next week", regional.Single(p => p.Body.Contains("Region EMEA", StringComparison.Ordinal)).Body, StringComparison.Ordinal);

        // W50 is December's due week: with each summary, the region's monthly review (its teams rolled up) goes out once.
        var monthly = MonthlyPosts(monday);
        Assert.Equal(2, monthly.Count);
        var emeaMonthly = Assert.Single(monthly, p => p.Body.Contains("Monthly forecast review — EMEA — December 2026", StringComparison.Ordinal)).Body;
        Assert.Contains("Monthly compliance: 24 of 24", emeaMonthly, StringComparison.Ordinal); // 2 teams × 12 reps, all on time
        Assert.Contains("12-mo forecast: 2,880", emeaMonthly, StringComparison.Ordinal); // 24 reps × 12 months × 10
        Assert.Contains("12-mo forecast: 1,440", emeaMonthly, StringComparison.Ordinal); // each team: 12 reps × 120
        Assert.Contains("Sales UK", emeaMonthly, StringComparison.Ordinal);
        Assert.Contains("Monthly compliance: 0 of 36", Assert.Single(monthly, p => p.Body.Contains("Monthly forecast review — APAC — December 2026", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        var emeaCard = Assert.Single(CallCards(monday, s_emeaManager));
        Assert.Equal("2200", CheckInCardData.InputValue(emeaCard, CallVerbs.FigureInput(CallFigure.ThisWeekCommit))?.Replace(",", "", StringComparison.Ordinal).Split('.')[0]);
        Assert.Single(CallCards(monday, s_apacManager));

        output.WriteLine($"Monday 12:30 ticks: {watch.Elapsed}");
        // Tuesday: EMEA's manager calls (APAC's does not); at 12:30 the org's summary is posted once.
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await CallAsync(s_emeaManager, emeaCard, CallFigure.ThisWeekCommit, "2100", "DE slip confirmed");
        var tuesday = await TickTwiceAsync(new DateTimeOffset(2026, 12, 8, 12, 30, 0, TimeSpan.Zero));
        var orgPost = Assert.Single(RegionPosts(tuesday));
        Assert.Contains("Region Org", orgPost.Body, StringComparison.Ordinal);
        Assert.Contains(CommandHost.ManagersChannel, orgPost.Body, StringComparison.Ordinal);
        var orgMonthly = Assert.Single(MonthlyPosts(tuesday)).Body;
        Assert.Contains("Monthly compliance: 24 of 60", orgMonthly, StringComparison.Ordinal);
        Assert.Contains("12-mo forecast: 2,880", orgMonthly, StringComparison.Ordinal); // EMEA 2,880 + APAC 0

        output.WriteLine($"Tuesday: {watch.Elapsed}");
        // Wednesday: every window has closed; a tick posts nothing again. Three region posts in the whole week.
        await TickTwiceAsync(new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero));
        Assert.Equal(3, RegionPosts(_host.Connector.Requests.ToList()).Count);
        Assert.Equal(3, MonthlyPosts(_host.Connector.Requests.ToList()).Count);

        // Later, a rep joins Sales UK: what the stores say now is no longer what the posted summary was computed from.
        await _host.AddRepAsync(Rep("uk", RepsPerTeam + 1), team: s_teams[1].Team);

        output.WriteLine($"Wednesday: {watch.Elapsed}");
        // Sales ops export the top region from their personal chat and download the files through the links.
        var links = await ExportLinksAsync(People.Boris, "export region Org 2026-W50");
        Assert.Equal(["Excel workbook (.xlsx)", "Region summary (.json)", "Region export for the offline summary (.json)", "Region summary (.csv)"], links.Keys);
        var exportJson = await DownloadTextAsync(links["Region export for the offline summary (.json)"]);
        var summaryJson = await DownloadTextAsync(links["Region summary (.json)"]);

        output.WriteLine($"export and downloads: {watch.Elapsed}");
        // Offline, from the export alone: the same summary as posted, and the same card the channel got.
        var offline = OfflineRegionSummary.Compute(exportJson);
        Assert.True(offline.Succeeded, string.Join("; ", offline.Errors));
        Assert.Equal(summaryJson, RegionSummaryJson.Write(offline.Summary!));
        var tree = (await _host.Get<IOrgTreeStore>().GetAsync(s_none))!.Value;
        var org = tree[NodeId.From("org")];
        var settings = tree.Settings(org.Id);
        var rebuilt = RegionSummaryCard.Build(org, offline.Summary!, settings.Currency, new CardLocale(CardLocale.English.UiCulture, CardLocale.English.FormatCulture) { TimeZoneId = settings.TimeZoneId });
        var posted = JsonNode.Parse(orgPost.Body)!["activity"]!["attachments"]![0]!["content"]!;
        Assert.True(JsonNode.DeepEquals(rebuilt.ToJson(), posted), posted.ToJsonString());

        // The figures, by hand: 60 reps × Commit 100 this week; DE called 1000, EMEA 2100; APAC made no call (its roll-up:
        // AU 1200 + CN 1200 + JP 1200 = 3600); the org rolls up 2100 + 3600.
        var summary = offline.Summary!;
        Assert.Equal(5700m, summary.Region.RollUp.ThisWeekCommit);
        Assert.Equal(60, summary.Region.RepsExpected); // as posted: the rep who joined later is not in it
        Assert.Equal(60, summary.Region.RepsOnTime);
        Assert.Equal(2100m, summary.Children.Single(c => c.Node.Id.Value == "emea").Call.ThisWeekCommit);
        Assert.Equal(CallState.NoCall, summary.Children.Single(c => c.Node.Id.Value == "apac").State);
        Assert.Equal(7, summary.Region.CallsExpected); // five teams and two regions have managers
        Assert.Equal(5, summary.Region.CallsMade); // DE, UK, AU, CN and EMEA by their deadlines
        Assert.Contains("DE slip confirmed", summaryJson, StringComparison.Ordinal);
        Assert.Contains("two deals slip to next week", exportJson, StringComparison.Ordinal);

        // The CSV and the workbook hold the same lines.
        var csv = await DownloadTextAsync(links["Region summary (.csv)"]);
        Assert.StartsWith("\uFEFFscope,node,name,kind,state,", csv, StringComparison.Ordinal);
        Assert.Contains("region,org,Org,Region,", csv, StringComparison.Ordinal);
        using var workbook = await _browser.GetAsync(links["Excel workbook (.xlsx)"].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false))
        {
            var part = document.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["Summary", "Calls", "Submissions"], sheets.Select(s => s.Name!.Value!));
            var submissions = (WorksheetPart)part.GetPartById(sheets[2].Id!);
            Assert.Equal(1 + (60 * 2), submissions.Worksheet.Descendants<Row>().Count()); // header + two deals per rep
        }

        // Each link works once.
        using var again = await _browser.GetAsync(links["Region summary (.json)"].PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);

        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"the week took {watch.Elapsed}");
    }

    private static TestPerson Person(string key, int group, int index) =>
        new($"29:{key}-{index}", key == "vp" || index == 0 ? $"Manager {key.ToUpperInvariant()}" : $"Rep {index} of {key.ToUpperInvariant()}", $"{group:x2}{index:x2}0000-0000-4000-8000-000000000000");

    private static TestPerson Rep(string key, int index) => Person(key, Array.FindIndex(s_teams, t => t.Key == key) + 0xA0, index);

    private static TestPerson TeamManager(string key) => Person("m" + key, Array.FindIndex(s_teams, t => t.Key == key) + 0xE0, 0);

    /// <summary>The five teams, their rosters and open deals, and the tree (regions with their channel and managers).</summary>
    private async Task SeedAsync()
    {
        var deals = _host.Get<IDealStore>();
        foreach (var (key, team, name, _) in s_teams)
        {
            if (team != CommandHost.Team)
            {
                await _host.SaveTeamAsync(new TeamSettings(team) { Name = name, TimeZoneId = "UTC" });
            }

            for (var i = 1; i <= RepsPerTeam; i++)
            {
                var rep = Rep(key, i);
                await _host.AddRepAsync(rep, team: team);
                await deals.ReplaceAsync(team, RepId.From(rep.AadObjectId),
                [
                    new DealForecast(DealId.From($"c-{key}-{i}"), "Acme", "Renewal", ForecastCategory.Commit, 100m, new DateOnly(2026, 12, 9), Stage.Closing)
                    {
                        Checklist = CommitChecklist.All,
                    },
                    new DealForecast(DealId.From($"u-{key}-{i}"), "Globex", "Expansion", ForecastCategory.Upside, 50m, new DateOnly(2026, 12, 10), Stage.From(50)),
                ], s_none);
            }
        }

        OrgNode Region(string id, string name, string? parent, TestPerson manager) =>
            new(NodeId.From(id), NodeKind.Region, name)
            {
                Parent = parent is null ? null : NodeId.From(parent),
                Managers = [RepId.From(manager.AadObjectId)],
                ChannelId = CommandHost.ManagersChannel,
            };

        var tree = OrgTree.Create(
        [
            Region("org", "Org", null, s_vp),
            Region("emea", "EMEA", "org", s_emeaManager),
            Region("apac", "APAC", "org", s_apacManager),
            .. s_teams.Select(t => OrgNode.ForTeam(t.Team, t.Name) with { Parent = NodeId.From(t.Region), Managers = [RepId.From(TeamManager(t.Key).AadObjectId)] }),
        ]);
        await _host.Get<IOrgTreeStore>().SaveAsync(tree, null, s_none);
    }

    /// <summary>Moves the clock and runs the scheduler's tick twice (the teams' then the regions', as the recurring job does); returns what went to Teams.</summary>
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

    /// <summary>New posts in a channel carrying a region's summary.</summary>
    private static List<RecordedConnectorRequest> RegionPosts(IEnumerable<RecordedConnectorRequest> requests) =>
        [.. requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains("Region ", StringComparison.Ordinal) && r.Body.Contains(" — week ", StringComparison.Ordinal))];

    /// <summary>New posts in a channel carrying a region's monthly review.</summary>
    private static List<RecordedConnectorRequest> MonthlyPosts(IEnumerable<RecordedConnectorRequest> requests) =>
        [.. requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains("Monthly forecast review — ", StringComparison.Ordinal) && r.Body.Contains("(its children summed)", StringComparison.Ordinal))];

    /// <summary>The call cards sent to <paramref name="manager"/>'s personal chat.</summary>
    private static List<JsonObject> CallCards(IEnumerable<RecordedConnectorRequest> requests, TestPerson manager) =>
        [.. requests
            .Where(r => r.Method == "POST" && r.Path.Contains("a:personal-" + manager.TeamsId[3..], StringComparison.Ordinal))
            .Select(Card)
            .OfType<JsonObject>()
            .Where(c => Replies.Action(c, CallVerbs.Submit) is not null)];

    /// <summary>The manager presses Submit on their call card, with one figure changed and its note (or the roll-up as it is).</summary>
    private async Task CallAsync(TestPerson manager, JsonObject card, CallFigure? figure, string? value, string? note)
    {
        var data = CheckInCardData.Inputs(card, CallVerbs.Submit);
        if (figure is { } changed)
        {
            data[CallVerbs.FigureInput(changed)] = value;
            data[CallVerbs.NoteInput(changed)] = note;
        }

        var receipt = await _host.InvokeAsync(_host.Invoke(manager, CallVerbs.Submit, data, inChannel: false));
        Assert.Contains("Your commit is saved", receipt.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The card a request to Teams carries, if any (some requests have no JSON body).</summary>
    private static JsonObject? Card(RecordedConnectorRequest request) =>
        request.Body.StartsWith('{') && JsonNode.Parse(request.Body) is { } body ? Replies.Card(body["activity"] ?? body) : null;

    private async Task<Dictionary<string, Uri>> ExportLinksAsync(TestPerson person, string command)
    {
        var sent = await _host.SendAsync(_host.PersonalMessage(person, command));
        var links = new Dictionary<string, Uri>();
        foreach (var card in sent.Select(Card).OfType<JsonObject>())
        {
            foreach (var action in Replies.Elements(card).Where(e => (string?)e["type"] == "Action.OpenUrl"))
            {
                links[(string)action["title"]!] = new Uri((string)action["url"]!);
            }
        }

        Assert.NotEmpty(links);
        return links;
    }

    private async Task<string> DownloadTextAsync(Uri link)
    {
        using var response = await _browser.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }
}
