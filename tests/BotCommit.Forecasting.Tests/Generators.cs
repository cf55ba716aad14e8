using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using FsCheck;
using FsCheck.Fluent;

namespace BotCommit.Forecasting.Tests;

/// <summary>FsCheck generators of valid domain data around a review week (deal ids from a small pool so snapshots overlap).</summary>
internal static class Generators
{
    private static readonly string[] DealIds = ["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"];

    private static readonly ForecastCategory[] Categories =
        [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost];

    /// <summary>Weeks with awkward edges: month spanning (W49), first week of a quarter, ISO week 53, New Year.</summary>
    public static Gen<ForecastWeek> Week { get; } =
        Gen.Elements(["2026-W40", "2026-W45", "2026-W47", "2026-W49", "2026-W53", "2027-W01", "2026-W09"]).Select(ForecastWeek.Parse);

    public static Gen<int> FiscalStart { get; } = Gen.Choose(1, 12);

    public static Gen<DealForecast> Deal(string id, DateOnly monday) =>
        from category in Gen.Elements(Categories)
        from cents in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 50_000_000)))
        from offset in Gen.Choose(-120, 150)
        from stage in Gen.Elements(Stage.All.ToArray())
        from complete in Gen.Elements(true, false)
        from unrealized in Gen.Elements(true, false)
        select new DealForecast(DealId.From(id), "Acme", "Deal " + id, category, cents / 100m, monday.AddDays(offset), stage)
        {
            Checklist = complete ? CommitChecklist.All : CommitChecklist.None,
            Unrealized = unrealized && category == ForecastCategory.Won,
        };

    public static Gen<Submission> Snapshot(RepId rep, ForecastWeek week, DateOnly around) =>
        from ids in Gen.SubListOf(DealIds)
        from deals in Gen.CollectToArray(ids, id => Deal(id, around))
        from status in Gen.Elements(SubmissionStatus.Submitted, SubmissionStatus.Submitted, SubmissionStatus.CarriedForward, SubmissionStatus.Skipped)
        from minutes in Gen.Choose(-3000, 120)
        select new Submission(Given.Team, week, rep, deals)
        {
            Status = status,
            SubmittedAt = status == SubmissionStatus.Submitted
                ? new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero).AddMinutes(minutes)
                : null,
        };

    /// <summary>A pair of consecutive snapshots (W-1, W) of one rep.</summary>
    public static Gen<(Submission Previous, Submission Current)> SnapshotPair { get; } =
        from week in Week
        from previous in Snapshot(Given.RepA, week.Previous, week.Monday)
        from current in Snapshot(Given.RepA, week, week.Monday)
        select (previous, current);

    public static Gen<SummaryInput> SummaryInput { get; } =
        from week in Week
        from fiscalStart in FiscalStart
        from repCount in Gen.Choose(0, 5)
        from reps in Gen.CollectToArray(Enumerable.Range(0, repCount), i => RepInput($"rep-{i}", week, fiscalStart))
        from monthTarget in Target
        from quarterTarget in Target
        select new SummaryInput(
            Given.Settings(fiscalStart) with
            {
                MonthTargets = Targets(week.Month.ToString(), monthTarget),
                QuarterTargets = Targets(FiscalQuarter.Containing(week.Monday, fiscalStart).Key, quarterTarget),
            },
            week,
            new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero),
            reps);

    private static Gen<decimal?> Target { get; } =
        Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (1, Gen.Constant<decimal?>(0m)),
            (6, Gen.Choose(1, 5_000_000).Select(n => (decimal?)(n * 10m))));

    private static Gen<RepWeekInput> RepInput(string id, ForecastWeek week, int fiscalStart) =>
        from current in Snapshot(RepId.From(id), week, week.Monday).OrNull()
        from previous in Snapshot(RepId.From(id), week.Previous, week.Monday).OrNull()
        from monthTarget in Target
        from quarterTarget in Target
        from awayDays in Gen.Choose(-10, 10)
        from active in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new RepWeekInput(
            Given.Rep(id) with
            {
                Active = active,
                AwayUntil = awayDays > 5 ? week.Monday.AddDays(awayDays - 5) : null,
                MonthTargets = Targets(week.Month.ToString(), monthTarget),
                QuarterTargets = Targets(FiscalQuarter.Containing(week.Monday, fiscalStart).Key, quarterTarget),
            },
            current,
            previous);

    private static Dictionary<string, decimal> Targets(string key, decimal? target) =>
        target is { } value ? new Dictionary<string, decimal> { [key] = value } : [];
}
