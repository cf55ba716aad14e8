using BotCommit.Forecasting.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Metrics;

public partial class WeeklySummaryCalculatorTests
{
    private static readonly (string Name, Func<SummaryFigures, decimal> Amount)[] Amounts =
    [
        ("lastWeekActual", f => f.LastWeekActual),
        ("lastWeekCommit", f => f.LastWeekCommit),
        ("thisWeekCommit", f => f.ThisWeekCommit),
        ("thisWeekUpside", f => f.ThisWeekUpside),
        ("monthForecast", f => f.MonthForecast),
        ("monthUpside", f => f.MonthUpside),
        ("quarterForecast", f => f.QuarterForecast),
        ("quarterUpside", f => f.QuarterUpside),
        ("hiddenCommitAmount", f => f.HiddenCommitAmount),
        ("hiddenCommitCount", f => f.HiddenCommitCount),
        ("wonMonthToDate", f => f.WonMonthToDate),
        ("wonInQuarter", f => f.WonInQuarter),
        ("openPipelineRestOfQuarter", f => f.OpenPipelineRestOfQuarter),
        ("thisWeekSolidCommit", f => f.ThisWeekSolidCommit),
        ("wonQuarterToDate", f => f.WonQuarterToDate),
        ("unrealizedWonQuarterToDate", f => f.UnrealizedWonQuarterToDate),
    ];

    [Property(MaxTest = 300)]
    public Property Compute_AnyTeam_TeamAmountsAreSumsOfRepAmounts() =>
        Prop.ForAll(Generators.SummaryInput.ToArbitrary(), input =>
        {
            var summary = WeeklySummaryCalculator.Compute(input);

            var wrong = Amounts
                .Where(a => a.Amount(summary.TeamFigures) != summary.Reps.Sum(r => a.Amount(r.Figures)))
                .Select(a => a.Name)
                .ToList();
            return (wrong.Count == 0).Label("team != sum of reps for: " + string.Join(", ", wrong));
        });

    [Property(MaxTest = 300)]
    public Property Compute_AnyTeam_TeamRatiosDivideTeamSums() =>
        Prop.ForAll(Generators.SummaryInput.ToArbitrary(), input =>
        {
            var team = WeeklySummaryCalculator.Compute(input).TeamFigures;

            return (team.Attainment == (team.LastWeekCommit == 0m ? null : team.LastWeekActual / team.LastWeekCommit)).Label("attainment")
                .And((team.CommitQuality == (team.ThisWeekCommit == 0m ? null : team.ThisWeekSolidCommit / team.ThisWeekCommit)).Label("commitQuality"))
                .And((team.UnrealizedRatio == (team.WonQuarterToDate == 0m ? null : team.UnrealizedWonQuarterToDate / team.WonQuarterToDate)).Label("unrealizedRatio"))
                .And((team.MonthTarget == Target(input.Team.MonthTargets)).Label("team month target"))
                .And((team.QuarterTarget == Target(input.Team.QuarterTargets)).Label("team quarter target"));
        });

    [Property(MaxTest = 300)]
    public Property Compute_AnyTeam_ComplianceCountsOnlyPresentReps() =>
        Prop.ForAll(Generators.SummaryInput.ToArbitrary(), input =>
        {
            var summary = WeeklySummaryCalculator.Compute(input);

            var expected = summary.Reps.Count(r => !r.Away);
            return (summary.ExpectedCount == expected).Label("expected")
                .And((summary.OnTimeCount <= expected).Label("on time <= expected"))
                .And((summary.Compliance == (expected == 0 ? null : (decimal)summary.OnTimeCount / expected)).Label("compliance"))
                .And(summary.Reps.All(r => input.Reps.Single(i => i.Rep.Id == r.Rep).Rep.Active).Label("inactive reps left out"));
        });

    private static decimal? Target(IReadOnlyDictionary<string, decimal> targets) =>
        targets.Count == 0 ? null : targets.Values.Single();
}
