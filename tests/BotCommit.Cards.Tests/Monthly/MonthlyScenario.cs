using BotCommit.Cards.Monthly;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Monthly;

/// <summary>
/// A review of January 2027 for team "t1" built by hand (the figures are the domain's; the card only shows them): a team
/// below its 12-month target, two reps (Alex flagged for volatility, Sam without a forecast), a funnel with one phase
/// below 15 % Q-Q growth, TOP lists and two stalled deals.
/// </summary>
internal static class MonthlyScenario
{
    public static readonly TeamId Team = TeamId.From("t1");
    public static readonly YearMonth Month = new(2027, 1);
    public static readonly ForecastWeek Week = ForecastWeek.Parse("2027-W01");

    public static MonthlyFigures Figures(decimal forecast, decimal? target, decimal? volatility, params MonthlyWarning[] warnings) => new()
    {
        TwelveMonthForecast = forecast,
        TwelveMonthUpside = 300_000m,
        TwelveMonthTarget = target,
        WonLastMonth = 97_000m,
        LastMonthForecast = 100_000m,
        PlanAchievement = 0.97m,
        Volatility = volatility,
        PipelineGrowth = 0.06m,
        ForecastGrowth = 0.125m,
        PipelineCoverage = 1.6m,
        MeanStage = 0.55m,
        PreviousMeanStage = 0.52m,
        ShareAtFiftyOrMore = 0.60m,
        PreviousShareAtFiftyOrMore = 0.58m,
        Months = [.. Enumerable.Range(0, 12).Select(i => new MonthlyReviewMonth(Month.AddMonths(i), 100_000m + (i * 1_000m), 25_000m, i == 11 ? null : 110_000m, 180_000m))],
        Warnings = warnings,
    };

    public static MonthlyReview Review(int reps = 2, string namePrefix = "Rep")
    {
        var lines = new List<RepMonthlyReview>
        {
            new(RepId.From("alex"), "Alex Doe", Figures(600_000m, 660_000m, 0.25m, MonthlyWarning.ForecastBelowTarget, MonthlyWarning.VolatilityHigh))
            {
                State = MonthlyForecastState.OnTime,
                ActionPlan = "Close **Contoso** before the 20th",
            },
            new(RepId.From("sam"), "Sam Lee", Figures(0m, 660_000m, null, MonthlyWarning.ForecastBelowTarget) with { PlanAchievement = null }),
        };
        lines.AddRange(Enumerable.Range(3, Math.Max(0, reps - 2)).Select(i => new RepMonthlyReview(
            RepId.From("r" + i), namePrefix + " " + i, Figures(500_000m, 660_000m, 0.1m, MonthlyWarning.ForecastBelowTarget))
        {
            State = MonthlyForecastState.Late,
            ActionPlan = namePrefix + " plan " + new string('x', 150),
        }));
        return new MonthlyReview(Team, Month, Figures(1_200_000m, 1_320_000m, 0.18m, MonthlyWarning.ForecastBelowTarget) with { PlanAchievement = 0.97m }, lines)
        {
            ExpectedCount = lines.Count,
            OnTimeCount = 1,
            Compliance = 1m / lines.Count,
        };
    }

    public static Funnel Funnel() => new(
        Week,
        ForecastWeek.Parse("2026-W40"),
        [
            new FunnelPhaseFigures(FunnelPhase.AboveFunnel, 12, 1_150_000m, 10, 1_000_000m),
            new FunnelPhaseFigures(FunnelPhase.InFunnel, 5, 520_000m, 5, 500_000m),
            new FunnelPhaseFigures(FunnelPhase.BestFew, 4, 400_000m, 0, 0m),
            new FunnelPhaseFigures(FunnelPhase.Order, 2, 200_000m, 2, 100_000m),
        ]);

    public static DealForecast Deal(string id, ForecastCategory category, decimal amount, int stage, string date = "2027-02-15") =>
        new(DealId.From(id), "Contoso " + id, "Deal " + id, category, amount, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Stage.From(stage));

    public static TopLists Lists() => new(
        Week,
        [new TopDeal(RepId.From("alex"), "Alex Doe", DealId.From("W1"), "Northwind", "Renewal", 90_000m, new DateOnly(2027, 1, 4), Stage.From(100), ForecastCategory.Won, 1)],
        [new TopDeal(RepId.From("alex"), "Alex Doe", DealId.From("C1"), "Contoso", "Servers", 250_000m, new DateOnly(2027, 3, 20), Stage.From(90), ForecastCategory.Commit, 4)],
        []);

    public static IReadOnlyList<StalledDeal> Stalled() =>
    [
        new StalledDeal(
            new DealStageHistory(RepId.From("alex"), "Alex Doe", Deal("S1", ForecastCategory.Pipeline, 80_000m, 50), ForecastWeek.FromMonday(Week.Monday.AddDays(-63)), 63, false, 0),
            [StallReason.LongInStage]),
        new StalledDeal(
            new DealStageHistory(RepId.From("sam"), "Sam Lee", Deal("S2", ForecastCategory.Upside, 40_000m, 90), Week, 0, false, 3),
            [StallReason.RepeatedSlips]),
    ];

    public static MonthlyReviewCardModel Model(MonthlyReview? review = null) => new(review ?? Review(), "USD")
    {
        TeamName = "EMEA Enterprise",
        Funnel = Funnel(),
        TopLists = Lists(),
        TopListSize = 10,
        Stalled = Stalled(),
    };
}
