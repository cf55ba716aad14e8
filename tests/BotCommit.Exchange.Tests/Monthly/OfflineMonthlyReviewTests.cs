using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;

namespace BotCommit.Exchange.Tests.Monthly;

/// <summary>
/// Issue #18 item 6: the monthly review reproduced offline from its export. The month is the first-month scenario of the
/// domain's SCENARIOS.md (Ana with a plan for October and November, Ben with his first), with Ana's weeks W39..W45 added so
/// that the TOP lists and stalled deals have a history: a4 sits at 25 % for six weeks (42 days: stalled, long in stage) and
/// a3's close date moves later twice (stalled, repeated slips). The review "as posted" is computed from the objects with
/// the domain's calculators; the export (forecasts CSV, submissions CSV, settings JSON) goes through the offline function;
/// the two JSONs are equal.
/// </summary>
public class OfflineMonthlyReviewTests
{
    private static readonly TeamId Team = OfflineSummary.Team;
    private static readonly YearMonth November = YearMonth.Parse("2026-11");
    private static readonly RepId Ana = RepId.From("ana");
    private static readonly RepId Ben = RepId.From("ben");

    private const string Settings = """
        {"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00",
         "reps":[{"id":"ana","name":"Ana"},{"id":"ben","name":"Ben"}]}
        """;

    private static readonly MonthlyForecastOfRecord[] Forecasts =
    [
        new(Forecast("2026-11", "1000*11 1200", Ana, "Close Acme"), MonthlyForecastState.OnTime),
        new(Forecast("2026-10", "1000*12", Ana, null), MonthlyForecastState.OnTime),
        new(Forecast("2026-11", "500*12", Ben, null), MonthlyForecastState.OnTime),
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
    public void Export_ThenOffline_EqualsThePostedReview()
    {
        var posted = MonthlyReviewJson.Write(Posted());

        var result = OfflineMonthlyReview.Compute(
            [new ExchangeFile("forecasts-2026-11.csv", MonthlyForecastsCsv.ToText(Forecasts))],
            [new ExchangeFile("submissions.csv", SubmissionsCsv.ToText(Snapshots))],
            Settings,
            November);

        Assert.True(result.Succeeded, string.Join("\n", result.CsvErrors));
        Assert.Equal(posted, MonthlyReviewJson.Write(result.Content!));
    }

    [Fact]
    public void Offline_GivesTheHandComputedFigures()
    {
        var content = OfflineMonthlyReview.Compute(
            [new ExchangeFile("f.csv", MonthlyForecastsCsv.ToText(Forecasts))], [new ExchangeFile("s.csv", SubmissionsCsv.ToText(Snapshots))], Settings, November).Content!;

        var ana = content.Review.Reps.Single(r => r.Rep == Ana);
        Assert.Equal((12_200m, 12_000m, 1_000m, 1_000m, 1m), (ana.Figures.TwelveMonthForecast, ana.Figures.PreviousTwelveMonthForecast, ana.Figures.WonLastMonth, ana.Figures.LastMonthForecast, ana.Figures.PlanAchievement));
        Assert.Equal((5_000m, 4_500m, 0.51m), (ana.Figures.OpenPipeline, ana.Figures.PreviousOpenPipeline, ana.Figures.MeanStage));
        Assert.Equal("Close Acme", ana.ActionPlan);
        Assert.Equal((2, 2, 1m), (content.Review.ExpectedCount, content.Review.OnTimeCount, content.Review.Compliance));
        Assert.Equal(18_200m, content.Review.TeamFigures.TwelveMonthForecast);
        Assert.Equal(["a3", "b1"], content.TopLists.Closing.Select(d => d.Deal.Value).Order());
        var stalled = content.Stalled.ToDictionary(s => s.History.Deal.Id.Value);
        Assert.Equal([StallReason.LongInStage], stalled["a4"].Reasons);
        Assert.Equal(42, stalled["a4"].History.DaysInStage);
        Assert.Equal([StallReason.RepeatedSlips], stalled["a3"].Reasons);
        Assert.Equal(2, stalled["a3"].History.SlipCount);
        // W45 is in fiscal Q4 (October..December): its Won deals are orders (600 + 400 + 300), a3 and b1 at 90 % best few.
        Assert.Equal(
            [(FunnelPhase.AboveFunnel, 1, 3_000m), (FunnelPhase.InFunnel, 0, 0m), (FunnelPhase.BestFew, 2, 2_800m), (FunnelPhase.Order, 3, 1_300m)],
            content.Funnel.Phases.Select(p => (p.Phase, p.Count, p.Amount)));
    }

    [Fact]
    public void ForecastsCsv_RoundTrips_OneRowPerRepPerMonth()
    {
        var text = MonthlyForecastsCsv.ToText(Forecasts);

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("month_of_forecast,rep_id,rep_name,month,forecast,upside,action_plan,state,submitted_at", lines[0]);
        Assert.Equal(1 + (3 * 12), lines.Length);
        Assert.Equal("2026-11,ana,Ana,2027-10,1200,0,Close Acme,on_time,2026-11-01T18:00:00Z", lines[12]);
        var read = MonthlyForecastsCsv.Read(text, Team);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(Forecasts.Select(Describe), read.Forecasts.Select(Describe));
    }

    [Fact]
    public void ForecastsCsv_BadCellsAndMissingMonths_AreLocatedErrors()
    {
        var lines = MonthlyForecastsCsv.ToText(Forecasts[..1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[3] = lines[3].Replace(",1000,0,", ",1.000.5,0,", StringComparison.Ordinal);
        lines.RemoveAt(12);

        var read = MonthlyForecastsCsv.Read(string.Join("\r\n", lines) + "\r\n", Team);

        Assert.Empty(read.Forecasts);
        Assert.Contains(read.Errors, e => e.Line == 4 && e.ColumnName == "forecast" && e.Column == 5);
        Assert.Contains(read.Errors, e => e.Line == 2 && e.Message.Contains("has 11 rows", StringComparison.Ordinal));
        Assert.Single(MonthlyForecastsCsv.Read("month,rep\r\n", Team).Errors);
    }

    [Fact]
    public void WeeksNeeded_AreTheDueWeeksHistoryAndLastMonthsWeeks()
    {
        var weeks = OfflineMonthlyReview.WeeksNeeded(November, 1).Select(w => w.ToString()).ToList();

        Assert.Contains("2026-W41", weeks); // October's due week
        Assert.Contains("2026-W44", weeks); // October's last week
        Assert.Contains("2026-W45", weeks); // November's due week
        Assert.Contains("2026-W32", weeks); // the funnel's comparison week
        Assert.Equal(14, weeks.Count(w => string.CompareOrdinal(w, "2026-W32") >= 0));
    }

    /// <summary>The review as the bot computes it from its stores' objects, with the domain's calculators.</summary>
    private static MonthlyReviewContent Posted()
    {
        var settings = TeamSettingsJson.Read(Settings, Team);
        var due = MonthlyCalendar.DueWeek(November);
        Submission? Week(RepId rep, string week) => Snapshots.SingleOrDefault(s => s.Rep == rep && s.Week == ForecastWeek.Parse(week));
        var inputs = settings.Reps.Select(rep => new RepMonthInput(
            rep,
            Forecasts.SingleOrDefault(f => f.Forecast.Rep == rep.Id && f.Forecast.Month == November),
            Forecasts.SingleOrDefault(f => f.Forecast.Rep == rep.Id && f.Forecast.Month == November.AddMonths(-1)))
        {
            FirstSnapshot = Week(rep.Id, "2026-W45"),
            PreviousFirstSnapshot = Week(rep.Id, "2026-W41"),
            PreviousMonthLastSnapshot = Week(rep.Id, "2026-W44"),
        }).ToList();
        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(settings.Settings!, November, inputs));
        var funnel = FunnelCalculator.Compute(due, 1, [.. Snapshots.Where(s => s.Week == due)], []);
        RepSnapshotHistory[] histories = [new(Ana, "Ana", Snapshots.Where(s => s.Rep == Ana)), new(Ben, "Ben", Snapshots.Where(s => s.Rep == Ben))];
        return new MonthlyReviewContent(review, funnel, TopListCalculator.Compute(due, 1, histories), StalledDealCalculator.Stalled(due, histories));
    }

    private static MonthlyForecast Forecast(string month, string spec, RepId rep, string? plan) =>
        GivenMonthly.Forecast(month, spec, rep, actionPlan: plan) with { Team = Team, RepName = rep == Ana ? "Ana" : "Ben" };

    private static Submission Snapshot(string week, RepId rep, string deals) =>
        Given.Snapshot(ForecastWeek.Parse(week), deals, rep) with { Team = Team };

    private static string Describe(MonthlyForecastOfRecord r) =>
        $"{r.Forecast.Team}/{r.Forecast.Month}/{r.Forecast.Rep}/{r.Forecast.RepName}/{r.Forecast.ActionPlan}/{r.Forecast.SubmittedAt:O}/{r.State}/"
        + string.Join(' ', r.Forecast.Lines.Select(l => $"{l.Month}:{l.Forecast}/{l.Upside}"));
}
