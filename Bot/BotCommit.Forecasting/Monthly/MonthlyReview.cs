using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The monthly review of one team and month m: the team's figures (sums of the reps' amounts, ratios of those sums, the
/// team's own targets), one line per rep, monthly compliance and the action plans. It is posted with the summary of
/// <see cref="DueWeek"/>.
/// </summary>
public sealed record MonthlyReview(TeamId Team, YearMonth Month, MonthlyFigures TeamFigures, IReadOnlyList<RepMonthlyReview> Reps)
{
    public ForecastWeek DueWeek => MonthlyCalendar.DueWeek(Month);

    /// <summary>Reps expected to submit: included reps who are not away.</summary>
    public int ExpectedCount { get; init; }

    /// <summary>Expected reps who submitted the forecast for m by its deadline.</summary>
    public int OnTimeCount { get; init; }

    /// <summary><see cref="OnTimeCount"/> ÷ <see cref="ExpectedCount"/>; null when nobody is expected. Band 1.</summary>
    public decimal? Compliance { get; init; }

    /// <summary>The team's flags: its figures' flags, then <see cref="MonthlyWarning.ComplianceBelowRequired"/>.</summary>
    public IReadOnlyList<MonthlyWarning> TeamWarnings => WarningsWith(TeamFigures, Compliance);

    /// <summary>The team's additive sums behind <see cref="TeamFigures"/> (what a region's roll-up adds up).</summary>
    internal MonthlySums TeamSums { get; init; } = MonthlySums.Zero;

    /// <summary>A node's flags: its figures' flags, then <see cref="MonthlyWarning.ComplianceBelowRequired"/> when compliance is below 100 %.</summary>
    internal static IReadOnlyList<MonthlyWarning> WarningsWith(MonthlyFigures figures, decimal? compliance) =>
        compliance < MonthlyBands.ComplianceRequired ? [.. figures.Warnings, MonthlyWarning.ComplianceBelowRequired] : figures.Warnings;

    /// <summary>The reps' action plans, in <see cref="Reps"/> order.</summary>
    public IReadOnlyList<RepMonthlyReview> ActionPlans => [.. Reps.Where(r => r.ActionPlan is not null)];
}
