using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>
/// The week of ThreeLevelTree.md, built the way the product will: the teams' Monday summaries from the reps' snapshots,
/// then each call accepted through <see cref="ManagerCallRules"/> against its roll-up and callable deals, bottom-up,
/// resolved at the deadlines <see cref="CallSchedule"/> gives.
/// </summary>
internal sealed class ThreeLevelWeek
{
    public static readonly ForecastWeek Week = Given.Week("2026-W47");

    public static readonly ThreeLevelWeek Instance = new();

    private ThreeLevelWeek()
    {
        Tree = OrgTree.Create(
        [
            Region("org", null, "vp") with
            {
                TimeZoneId = "Europe/Berlin",
                Currency = "EUR",
                QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 6000m },
            },
            Region("emea", "org", "m-emea", "m-emea-2") with
            {
                FiscalYearStartMonth = 7,
                MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 1200m },
                QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3000m },
            },
            Region("apac", "org", "m-apac") with { TimeZoneId = "Asia/Shanghai" },
            Team("t-de", "emea", "m-de"),
            Team("t-uk", "emea", "m-uk") with { TimeZoneId = "Europe/London" },
            Team("t-au", "apac", "m-au") with { TimeZoneId = "Australia/Sydney" },
            Team("t-cn", "apac", "m-cn"),
            Team("t-jp", "apac", "m-jp"),
        ]);

        AddTeam("t-de", 400m, 1000m, ("de1", "p1 Commit 100 2026-11-12", "p1 Won 100 2026-11-12; d1 Commit 200 2026-11-18; d2 Upside 50 2026-11-20; d3 Commit 300 2026-12-10; d4 Upside 80 2026-12-15; d5 Pipeline 400 2026-12-20"));
        AddTeam("t-uk", 500m, 1200m, ("uk1", "q1 Commit 150 2026-11-13", "q1 Won 120 2026-11-13; u1 Commit 100 2026-11-19; u2 Pipeline 200 2026-12-01"), ("uk2", "q2 Upside 60 2026-11-20; q3 Commit 90 2026-11-27", null));
        AddTeam("t-au", 600m, 1500m, ("au1", "r1 Commit 300 2026-11-11; r2 Commit 100 2026-11-14", "r1 Won 300 2026-11-11; r2 Won 80 2026-11-14; a1 Commit 150 2026-11-17; a2 Commit 250 2026-12-05; a3 Upside 100 2026-12-20"));
        AddTeam("t-cn", 300m, 900m, ("cn1", "s1 Commit 200 2026-11-10", "s1 Won 200 2026-11-10; c1 Upside 120 2026-11-19; c2 Commit 80 2026-11-21; c3 Pipeline 500 2027-02-01"));
        AddTeam("t-jp", 100m, null, ("jp1", "v1 Commit 50 2026-11-13", "v1 Commit 50 2026-11-18; j1 Upside 40 2026-11-30"));

        // Each team's records are final at its summary, Monday 08:00 on its zone.
        var recordsFinal = Tree.Nodes.Where(n => n.IsTeam).ToDictionary(
            n => n.Team!.Value,
            n => new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(8, 0)).InstantIn(Week, Zone(n.Id)));
        Windows = CallSchedule.Compute(Tree, Node("org"), Week, recordsFinal).ToDictionary(w => w.Node);

        MakeCall("t-de", ("m-de", "2026-11-16T10:00", [new FigureChange(CallFigure.ThisWeekCommit, 150m, "d1 legal review may slip")], []));
        MakeCall("t-uk", ("m-uk", "2026-11-16T13:00", [new FigureChange(CallFigure.ThisWeekCommit, 120m, "u2 pulled in")], [])); // after its 12:00Z deadline
        MakeCall("t-au", ("m-au", "2026-11-16T00:30", [new FigureChange(CallFigure.QuarterForecast, 900m, "a3 will close in December")], []));
        MakeCall("t-cn", ("m-cn", "2026-11-16T03:00", [], [new DealMoveRequest(RepId.From("cn1"), DealId.From("c1"), ForecastCategory.Commit, "PO signed Friday, booking Thursday")]));
        MakeCall("t-jp", ("m-jp", "2026-11-16T03:30", [], []));
        MakeCall(
            "emea",
            ("m-emea", "2026-11-17T09:00", [new FigureChange(CallFigure.QuarterForecast, 950m, "UK renewal expected in December")], []),
            ("m-emea-2", "2026-11-17T10:30", [new FigureChange(CallFigure.QuarterForecast, 1000m, "UK renewal and DE expansion in December")], []),
            ("m-emea", "2026-11-18T08:00", [new FigureChange(CallFigure.QuarterForecast, 800m, "UK renewal slips to January")], []));
        MakeCall("apac", ("m-apac", "2026-11-17T02:00", [new FigureChange(CallFigure.ThisWeekCommit, 450m, "CN add-on of 50 signs this week")], []));

        History =
        [
            Record("emea", "2026-W43", 300m, 260m, "m-emea", 270m),
            Record("emea", "2026-W44", 200m, 220m, "m-emea-2", 250m),
            Record("emea", "2026-W45", 280m, 240m, "m-emea", 230m),
            Record("emea", "2026-W46", 250m, 230m, "m-emea", 250m),
            Record("apac", "2026-W43", 500m, 560m, "m-apac", 400m),
            Record("apac", "2026-W44", 520m, 600m, "m-apac", 480m),
            Record("apac", "2026-W45", 450m, 450m, null, 530m),
            Record("apac", "2026-W46", 600m, 700m, "m-apac", 470m),
            Record("org", "2026-W46", 930m, 930m, null, 700m),
            Record("t-de", "2026-W46", 100m, 100m, "m-de", 90m),
        ];
    }

    public OrgTree Tree { get; }

    public Dictionary<NodeId, CallWindow> Windows { get; }

    public Dictionary<TeamId, WeeklySummary> Teams { get; } = [];

    public Dictionary<TeamId, IReadOnlyList<Submission>> Snapshots { get; } = [];

    /// <summary>The resolved calls of every node but org (whose call is still ahead).</summary>
    public Dictionary<NodeId, ResolvedCall> Calls { get; } = [];

    public IReadOnlyList<CallRecord> History { get; }

    public static NodeId Node(string id) => NodeId.From(id);

    /// <summary>The region's summary as posted: after its children's deadlines, before its own (so without its own call).</summary>
    public RegionSummary SummaryOf(string region) =>
        RegionSummaryCalculator.Compute(new RegionSummaryInput(Tree, Node(region), Week, Teams, Calls.Where(c => c.Key != Node(region)).ToDictionary(), History));

    public CallContext ContextFor(string node, IReadOnlyDictionary<NodeId, ResolvedCall> below)
    {
        var rollUp = RollUpCalculator.Compute(Tree, Node(node), Week, Teams, below).Single(n => n.Id == Node(node)).RollUp;
        return new CallContext(Tree[Node(node)], Tree.PeriodOf(Node(node), Week), rollUp, CallableDeals.For(Tree, Node(node), Snapshots, below));
    }

    private void AddTeam(string id, decimal monthTarget, decimal? quarterTarget, params (string Rep, string Previous, string? Current)[] reps)
    {
        var team = TeamId.From(id);
        var settings = Tree.Settings(Node(id));
        var teamSettings = new TeamSettings(team)
        {
            Name = id,
            TimeZoneId = settings.TimeZoneId,
            FiscalYearStartMonth = settings.FiscalYearStartMonth,
            Currency = settings.Currency,
            MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = monthTarget },
            QuarterTargets = quarterTarget is { } q ? new Dictionary<string, decimal> { ["2026-10"] = q } : new Dictionary<string, decimal>(),
        };
        var inputs = new List<RepWeekInput>();
        foreach (var (rep, previous, current) in reps)
        {
            var previousSnapshot = Snapshot(team, rep, Week.Previous, previous);
            var snapshot = current is null
                ? SnapshotResolver.Resolve(null, previousSnapshot, Week, settings.FiscalYearStartMonth)
                : Snapshot(team, rep, Week, current);
            inputs.Add(new RepWeekInput(new Rep(team, RepId.From(rep), rep), snapshot, previousSnapshot));
        }

        var deadline = teamSettings.Schedule.Deadline.InstantIn(Week, Zone(Node(id)));
        Teams[team] = WeeklySummaryCalculator.Compute(new SummaryInput(teamSettings, Week, deadline, inputs));
        Snapshots[team] = [.. inputs.Select(i => i.Snapshot!)];
    }

    private void MakeCall(string node, params (string Manager, string At, FigureChange[] Changes, DealMoveRequest[] Moves)[] submissions)
    {
        var below = Calls.Where(c => Tree.IsWithin(c.Key, Node(node)) && c.Key != Node(node)).ToDictionary();
        var context = ContextFor(node, below);
        var accepted = submissions.Select(s =>
        {
            var acceptance = ManagerCallRules.Accept(new CallEntry(Node(node), Week, RepId.From(s.Manager), s.Changes, s.Moves), context, Utc(s.At));
            return acceptance.Call ?? throw new InvalidOperationException($"{node}: {string.Join(", ", acceptance.Problems)}");
        }).ToList();
        Calls[Node(node)] = CallResolver.Resolve(Node(node), Week, Windows[Node(node)].Deadline, accepted);
    }

    private TimeZoneInfo Zone(NodeId node) => TimeZoneInfo.FindSystemTimeZoneById(Tree.Settings(node).TimeZoneId);

    private static Submission Snapshot(TeamId team, string rep, ForecastWeek week, string deals) =>
        new(team, week, RepId.From(rep), Given.Deals(deals))
        {
            SubmittedAt = new DateTimeOffset(week.Monday.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
            RepName = rep,
        };

    private static CallRecord Record(string node, string week, decimal rollUp, decimal call, string? by, decimal lastWeekActual) =>
        new(Node(node), Given.Week(week), CallFigures.Zero with { ThisWeekCommit = rollUp }, CallFigures.Zero with { ThisWeekCommit = call },
            by is null ? null : RepId.From(by), lastWeekActual);

    private static OrgNode Region(string id, string? parent, params string[] managers) =>
        OrgTreeTests.Region(id, parent) with { Managers = [.. managers.Select(RepId.From)] };

    private static OrgNode Team(string id, string parent, string manager) =>
        OrgTreeTests.Team(id, parent) with { Managers = [RepId.From(manager)] };

    public static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);
}
