using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;

namespace BotCommit.Forecasting.Tests.Monthly;

/// <summary>
/// The one composition of the monthly review (issue #18 items 2–5), hand-computed. November 2026, fiscal year from January,
/// team in UTC: November's due week W is 2026-W45 (Monday 11-02), October's due week 2026-W41 and last week 2026-W44, the
/// funnel's comparison week 2026-W32 (week 6 of Q4 against week 6 of Q3). Ana has a plan for October and November and
/// weekly snapshots W39..W45; Ben his first plan and W45 only.
/// <list type="bullet">
/// <item>Ana: 12-month forecast 11×1,000 + 1,200 = 12,200 against 12,000; won in October a1 600 + a2 400 = 1,000 against
/// her October forecast 1,000: plan achievement 100 %. Team 12-month forecast 12,200 + 12×500 = 18,200.</item>
/// <item>Funnel of W45 (Q4): above the funnel a4 (25 %) 3,000; best few a3 and b1 (90 %) 2,000 + 800 = 2,800; orders
/// a1, a2, b2 = 600 + 400 + 300 = 1,300; nothing in W32, so no growth.</item>
/// <item>TOP lists: closing this quarter a3 and b1. Stalled: a4 six weeks at 25 % (W39..W45: 42 days, long in stage); a3's
/// close date moved later twice (11-10 → 11-15 → 11-20: repeated slips).</item>
/// </list>
/// </summary>
public sealed class MonthlyReviewCompositionTests
{
    private static readonly YearMonth November = new(2026, 11);
    private static readonly RepId Ana = RepId.From("ana");
    private static readonly RepId Ben = RepId.From("ben");
    private static readonly TeamSettings Team = Given.Settings();
    private static readonly Rep[] Roster = [Given.Rep("ana", "Ana"), Given.Rep("ben", "Ben")];
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly MonthlyForecastOfRecord[] Forecasts =
    [
        new(GivenMonthly.Forecast("2026-11", "1000*11 1200", Ana, actionPlan: "Close Acme"), MonthlyForecastState.OnTime),
        new(GivenMonthly.Forecast("2026-10", "1000*12", Ana), MonthlyForecastState.OnTime),
        new(GivenMonthly.Forecast("2026-11", "500*12", Ben), MonthlyForecastState.OnTime),
    ];

    private static readonly Submission[] Snapshots =
    [
        Snapshot("2026-W39", Ana, "a3 Upside 2000 2026-11-10 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W40", Ana, "a3 Upside 2000 2026-11-10 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W41", Ana, "a3 Upside 2000 2026-11-10 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W42", Ana, "a1 Won 600 2026-10-14 s100; a3 Upside 2000 2026-11-10 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W43", Ana, "a1 Won 600 2026-10-14 s100; a3 Upside 2000 2026-11-10 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W44", Ana, "a1 Won 600 2026-10-14 s100; a3 Upside 2000 2026-11-15 s60; a4 Pipeline 2500 2027-03-15 s25"),
        Snapshot("2026-W45", Ana, "a1 Won 600 2026-10-14 s100; a2 Won 400 2026-10-30 s100; a3 Commit 2000 2026-11-20 s90; a4 Pipeline 3000 2027-03-15 s25"),
        Snapshot("2026-W45", Ben, "b1 Commit 800 2026-12-10 s90; b2 Won 300 2026-10-20 s100"),
    ];

    [Fact]
    public void Compose_GivesTheHandComputedFiguresFunnelTopListsAndStalledDeals()
    {
        var content = Compose(Roster, Snapshots, topListSize: 5);

        var ana = content.Review.Reps.Single(r => r.Rep == Ana);
        Assert.Equal((12_200m, 12_000m, 1_000m, 1_000m, 1m), (ana.Figures.TwelveMonthForecast, ana.Figures.PreviousTwelveMonthForecast, ana.Figures.WonLastMonth, ana.Figures.LastMonthForecast, ana.Figures.PlanAchievement));
        Assert.Equal("Close Acme", ana.ActionPlan);
        Assert.Equal(18_200m, content.Review.TeamFigures.TwelveMonthForecast);
        Assert.Equal((2, 2), (content.Review.ExpectedCount, content.Review.OnTimeCount));

        Assert.Equal(Given.Week("2026-W45"), content.Funnel.Week);
        Assert.Equal(Given.Week("2026-W32"), content.Funnel.ComparisonWeek);
        Assert.Equal(
            [(FunnelPhase.AboveFunnel, 1, 3_000m), (FunnelPhase.InFunnel, 0, 0m), (FunnelPhase.BestFew, 2, 2_800m), (FunnelPhase.Order, 3, 1_300m)],
            content.Funnel.Phases.Select(p => (p.Phase, p.Count, p.Amount)));
        Assert.All(content.Funnel.Phases, p => Assert.Null(p.AmountGrowth));

        Assert.Equal(["a3", "b1"], content.TopLists.Closing.Select(d => d.Deal.Value).Order());
        Assert.Equal(5, content.TopListSize);
        var stalled = content.Stalled.ToDictionary(s => s.History.Deal.Id.Value);
        Assert.Equal(["a3", "a4"], stalled.Keys.Order());
        Assert.Equal((StallReason.LongInStage, 42), (Assert.Single(stalled["a4"].Reasons), stalled["a4"].History.DaysInStage));
        Assert.Equal((StallReason.RepeatedSlips, 2), (Assert.Single(stalled["a3"].Reasons), stalled["a3"].History.SlipCount));
    }

    [Fact]
    public void Compose_TopListSize_CutsTheLists()
    {
        var content = Compose(Roster, Snapshots, topListSize: 1);

        Assert.Single(content.TopLists.Closing);
        Assert.Equal(1, content.TopListSize);
    }

    [Fact]
    public void Compose_FunnelGrowth_IsAgainstTheSameWeekOneQuarterEarlier()
    {
        // In W32 Ana had a4 above the funnel at 1,500: 3,000 in W45 is +100 %.
        var content = Compose(Roster, [.. Snapshots, Snapshot("2026-W32", Ana, "a4 Pipeline 1500 2027-03-15 s25")], topListSize: 5);

        var above = content.Funnel.Phases.Single(p => p.Phase == FunnelPhase.AboveFunnel);
        Assert.Equal((1_500m, 1m), (above.PreviousAmount, above.AmountGrowth));
    }

    [Fact]
    public void Compose_LeaverAndTimelySkip_AreAsTheRulesSay()
    {
        var left = Given.Rep("ben", "Ben") with { LeftWeek = Given.Week("2026-W44") };
        var skip = Snapshot("2026-W45", Ana, string.Empty) with
        {
            Status = SubmissionStatus.Skipped,
            SubmittedAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
            SkipReason = "customer visit",
        };

        var content = Compose([Roster[0], left], [.. Snapshots.Where(s => s.Week != Given.Week("2026-W45") || s.Rep != Ana), skip], topListSize: 5);

        Assert.Equal([Ana], content.Review.Reps.Select(r => r.Rep));
        Assert.True(content.Review.Reps.Single().Away);
        Assert.Equal(0, content.Review.ExpectedCount);
    }

    [Fact]
    public void WeeksNeeded_AreOneContiguousRange_FromTheComparisonWeekToTheDueWeek()
    {
        var weeks = MonthlyReviewComposition.WeeksNeeded(November, 1);

        Assert.Equal(Given.Week("2026-W32"), weeks[0]);
        Assert.Equal(Given.Week("2026-W45"), weeks[^1]);
        Assert.Equal(14, weeks.Count);
        Assert.All(weeks.Zip(weeks.Skip(1)), p => Assert.Equal(p.First.Next, p.Second));
    }

    [Fact]
    public async Task ComputeMonthlyReview_ComposesTheSameFromTheStores_OneListWeekPerWeekNeeded_AndCarriesASilentWeek()
    {
        var teams = new InMemoryTeamSettingsStore();
        var roster = new InMemoryRosterStore();
        var submissions = new CountingSubmissionStore();
        var forecasts = new InMemoryMonthlyForecastStore();
        await teams.SaveAsync(Team with { TopListSize = 3 }, null, None);
        foreach (var rep in Roster)
        {
            await roster.SaveAsync(rep, null, None);
        }

        foreach (var forecast in Forecasts)
        {
            await forecasts.AddAsync(forecast.Forecast, None);
        }

        // Ana is silent in W43: carried from W42 (the same deals), so nothing changes.
        foreach (var snapshot in Snapshots.Where(s => s.Week != Given.Week("2026-W43")))
        {
            await submissions.SaveAsync(snapshot, null, None);
        }

        var composed = (await new ComputeMonthlyReview(teams, roster, submissions, forecasts, new InMemoryActionLog()).ComposeAsync(Given.Team, November, None))!;

        var expected = Compose(Roster, Snapshots, topListSize: 3);
        Assert.Equal(3, composed.TopListSize);
        Assert.Equal(expected.Funnel.Phases, composed.Funnel.Phases);
        Assert.Equal(Describe(expected), Describe(composed));
        Assert.Equal(MonthlyReviewComposition.WeeksNeeded(November, 1).Count, submissions.ListWeekCalls);
        Assert.True(submissions.LatestBeforeCalls <= Roster.Length, $"{submissions.LatestBeforeCalls} GetLatestBefore reads");
    }

    private static MonthlyReviewContent Compose(IReadOnlyList<Rep> roster, IReadOnlyList<Submission> snapshots, int topListSize)
    {
        Dictionary<RepId, MonthlyForecastOfRecord> Of(YearMonth month) =>
            Forecasts.Where(f => f.Forecast.Month == month).ToDictionary(f => f.Forecast.Rep);
        return MonthlyReviewComposition.Compose(
            Team, November, roster, Of(November), Of(November.AddMonths(-1)), (rep, week) => snapshots.SingleOrDefault(s => s.Rep == rep.Id && s.Week == week), topListSize);
    }

    private static string Describe(MonthlyReviewContent content) => string.Join(
        "\n",
        content.Review.Reps.Select(r => $"{r.Rep}: {r.Figures.TwelveMonthForecast} {r.Figures.PlanAchievement} {r.Figures.OpenPipeline} {r.Figures.WonLastMonth} {r.State} {r.Away}")
            .Concat(content.TopLists.Closing.Concat(content.TopLists.BestFew).Concat(content.TopLists.BookedThisMonth).Select(d => $"top {d.Deal} {d.Amount}"))
            .Concat(content.Stalled.Select(s => $"stalled {s.History.Deal.Id} {s.History.DaysInStage} {s.History.SlipCount} {string.Join(',', s.Reasons)}")));

    private static Submission Snapshot(string week, RepId rep, string deals) => Given.Snapshot(Given.Week(week), deals, rep);

    /// <summary>The in-memory store, counting its week and look-back reads.</summary>
    private sealed class CountingSubmissionStore : ISubmissionStore
    {
        private readonly InMemorySubmissionStore _inner = new();
        private int _listWeek;
        private int _latestBefore;

        public int ListWeekCalls => _listWeek;

        public int LatestBeforeCalls => _latestBefore;

        public Task<Versioned<Submission>?> GetAsync(TeamId team, ForecastWeek week, RepId rep, CancellationToken cancellationToken) =>
            _inner.GetAsync(team, week, rep, cancellationToken);

        public Task<IReadOnlyList<Submission>> ListWeekAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _listWeek);
            return _inner.ListWeekAsync(team, week, cancellationToken);
        }

        public Task<Submission?> GetLatestBeforeAsync(TeamId team, RepId rep, ForecastWeek week, int maxWeeksBack, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _latestBefore);
            return _inner.GetLatestBeforeAsync(team, rep, week, maxWeeksBack, cancellationToken);
        }

        public Task<string> SaveAsync(Submission submission, string? expectedVersion, CancellationToken cancellationToken) =>
            _inner.SaveAsync(submission, expectedVersion, cancellationToken);

        public Task AddRevisionAsync(Submission revision, CancellationToken cancellationToken) => _inner.AddRevisionAsync(revision, cancellationToken);

        public Task<IReadOnlyList<Submission>> ListRevisionsAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken) =>
            _inner.ListRevisionsAsync(team, week, cancellationToken);
    }
}
