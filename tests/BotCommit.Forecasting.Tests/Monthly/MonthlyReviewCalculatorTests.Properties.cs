using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Monthly;

public class MonthlyReviewCalculatorProperties
{
    private static readonly (string Name, Func<MonthlyFigures, decimal> Amount)[] Amounts =
    [
        ("twelveMonthForecast", f => f.TwelveMonthForecast),
        ("twelveMonthUpside", f => f.TwelveMonthUpside),
        ("wonLastMonth", f => f.WonLastMonth),
        ("lastMonthForecast", f => f.LastMonthForecast),
        ("volatilityChange", f => f.VolatilityChange),
        ("volatilityBase", f => f.VolatilityBase),
        ("openPipeline", f => f.OpenPipeline),
        ("previousOpenPipeline", f => f.PreviousOpenPipeline),
        ("previousTwelveMonthForecast", f => f.PreviousTwelveMonthForecast),
        ("openPipelineTwelveMonths", f => f.OpenPipelineTwelveMonths),
        ("sixthMonthForecast", f => f.Months[5].Forecast),
        ("lastMonthOpenPipeline", f => f.Months[11].OpenPipeline),
    ];

    private static Gen<MonthlyReviewInput> Input { get; } =
        from month in Gen.Elements("2026-01", "2026-04", "2026-07", "2026-11", "2026-12").Select(YearMonth.Parse)
        from fiscalStart in Generators.FiscalStart
        from repCount in Gen.Choose(0, 4)
        from reps in Gen.CollectToArray(Enumerable.Range(0, repCount), i => Rep(RepId.From($"rep-{i}"), month))
        from targets in Targets(month)
        select new MonthlyReviewInput(Given.Settings(fiscalStart) with { MonthTargets = targets }, month, reps);

    [Property(MaxTest = 200)]
    public Property Compute_AnyTeam_TeamAmountsAreSumsOfRepAmounts() =>
        Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var review = MonthlyReviewCalculator.Compute(input);

            var wrong = Amounts.Where(a => a.Amount(review.TeamFigures) != review.Reps.Sum(r => a.Amount(r.Figures))).Select(a => a.Name).ToList();
            return (wrong.Count == 0).Label("team != sum of reps for: " + string.Join(", ", wrong));
        });

    [Property(MaxTest = 200)]
    public Property Compute_AnyTeam_TeamRatiosDivideTeamSums() =>
        Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var t = MonthlyReviewCalculator.Compute(input).TeamFigures;

            return (t.PlanAchievement == Divide(t.WonLastMonth, t.LastMonthForecast)).Label("plan achievement")
                .And((t.Volatility == Divide(t.VolatilityChange, t.VolatilityBase)).Label("volatility"))
                .And((t.PipelineGrowth == Divide(t.OpenPipeline, t.PreviousOpenPipeline) - 1m).Label("pipeline growth"))
                .And((t.ForecastGrowth == Divide(t.TwelveMonthForecast, t.PreviousTwelveMonthForecast) - 1m).Label("forecast growth"))
                .And((t.PipelineCoverage == (t.TwelveMonthTarget > 0m ? t.OpenPipelineTwelveMonths / t.TwelveMonthTarget : null)).Label("coverage"))
                .And((t.MeanStage is null || t.MeanStage is >= 0m and <= 1m).Label("mean stage is a fraction"))
                .And((t.ShareAtFiftyOrMore is null || t.ShareAtFiftyOrMore is >= 0m and <= 1m).Label("share is a fraction"))
                .And((t.VolatilityChange >= 0m).Label("volatility is never negative"));
        });

    [Property(MaxTest = 200)]
    public Property Compute_RepsInAnyOrder_SameTeamFigures() =>
        Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var forward = MonthlyReviewCalculator.Compute(input).TeamFigures;
            var backward = MonthlyReviewCalculator.Compute(input with { Reps = [.. input.Reps.Reverse()] }).TeamFigures;

            return Amounts.All(a => a.Amount(forward) == a.Amount(backward))
                && forward.Warnings.SequenceEqual(backward.Warnings)
                && forward.PlanAchievement == backward.PlanAchievement
                && forward.MeanStage == backward.MeanStage;
        });

    private static decimal? Divide(decimal numerator, decimal denominator) => denominator == 0m ? null : numerator / denominator;

    private static Gen<Dictionary<string, decimal>> Targets(YearMonth month) =>
        from count in Gen.Elements(0, 11, 12)
        from amount in Gen.Choose(0, 5000)
        select MonthlyCalendar.Window(month).Take(count).ToDictionary(m => m.ToString(), _ => amount * 10m);

    private static Gen<MonthlyForecast> Forecast(RepId rep, YearMonth month) =>
        from values in Gen.ArrayOf(Gen.Choose(0, 100_000), 12)
        from upsides in Gen.ArrayOf(Gen.Choose(0, 1000), 12)
        select new MonthlyForecast(
            Given.Team,
            rep,
            month,
            [.. MonthlyCalendar.Window(month).Select((m, i) => new MonthForecastLine(m, values[i] / 10m, upsides[i]))]);

    private static Gen<MonthlyForecastOfRecord> Record(RepId rep, YearMonth month) =>
        from forecast in Forecast(rep, month)
        from state in Gen.Elements(MonthlyForecastState.OnTime, MonthlyForecastState.Late, MonthlyForecastState.Carried)
        select new MonthlyForecastOfRecord(forecast, state);

    private static Gen<RepMonthInput> Rep(RepId rep, YearMonth month)
    {
        var due = MonthlyCalendar.DueWeek(month);
        var lastDue = MonthlyCalendar.DueWeek(month.AddMonths(-1));
        var lastWeek = MonthlyCalendar.LastWeek(month.AddMonths(-1));
        return
            from forecast in Record(rep, month).OrNull()
            from previous in Record(rep, month.AddMonths(-1)).OrNull()
            from first in Generators.Snapshot(rep, due, due.Monday).OrNull()
            from previousFirst in Generators.Snapshot(rep, lastDue, lastDue.Monday).OrNull()
            from previousLast in Generators.Snapshot(rep, lastWeek, lastWeek.Monday).OrNull()
            from away in Gen.Elements(false, false, true)
            select new RepMonthInput(Given.Rep(rep.Value), forecast, previous)
            {
                FirstSnapshot = first,
                PreviousFirstSnapshot = previousFirst,
                PreviousMonthLastSnapshot = previousLast,
                Away = away,
            };
    }
}
