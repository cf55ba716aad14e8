using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Pipeline;

public class PipelineProperties
{
    private static Gen<(ForecastWeek Week, int FiscalStart, RepSnapshotHistory[] Reps)> Team { get; } =
        from week in Generators.Week
        from fiscalStart in Generators.FiscalStart
        from repCount in Gen.Choose(0, 4)
        from reps in Gen.CollectToArray(Enumerable.Range(0, repCount), i => History(RepId.From($"rep-{i}"), week))
        select (week, fiscalStart, reps);

    [Property(MaxTest = 200)]
    public Property TopLists_AnyTeam_AreMembersLargestFirstAndOrderIndependent() =>
        Prop.ForAll(Team.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (team, size) =>
        {
            var lists = TopListCalculator.Compute(team.Week, team.FiscalStart, team.Reps, size);
            var reversed = TopListCalculator.Compute(team.Week, team.FiscalStart, [.. team.Reps.Reverse()], size);
            var period = ReviewPeriod.For(team.Week, team.FiscalStart);

            return new[] { TopListKind.BookedThisMonth, TopListKind.Closing, TopListKind.BestFew }.All(kind =>
            {
                var list = lists[kind];
                var all = team.Reps.SelectMany(r => r.SnapshotFor(team.Week)?.Deals ?? []).Count(d => TopListCalculator.IsIn(kind, d, period));
                return list.Count == Math.Min(size, all)
                    && list.Zip(list.Skip(1)).All(p => p.First.Amount >= p.Second.Amount)
                    && list.All(d => d.WeeksInList >= 1)
                    && list.Select(d => (d.Rep, d.Deal)).SequenceEqual(reversed[kind].Select(d => (d.Rep, d.Deal)));
            });
        });

    [Property(MaxTest = 200)]
    public Property Funnel_AnyTeam_PhasesHoldEachOpenDealOnce() =>
        Prop.ForAll(Team.ToArbitrary(), team =>
        {
            var snapshots = team.Reps.Select(r => r.SnapshotFor(team.Week)).OfType<Submission>().ToArray();
            var funnel = FunnelCalculator.Compute(team.Week, team.FiscalStart, snapshots, []);

            var open = snapshots.SelectMany(s => s.Deals).Where(d => d.IsOpen).ToArray();
            var quarter = FunnelCalendar.QuarterOf(team.Week, team.FiscalStart);
            var won = snapshots.SelectMany(s => s.Deals).Count(d => d.Category == ForecastCategory.Won && quarter.Contains(d.CloseDate));
            return (funnel.Phases.Sum(p => p.Count) == open.Length + won).Label("count")
                .And((funnel.Phases.Where(p => p.Phase != FunnelPhase.Order).Sum(p => p.Amount) == open.Where(d => d.Stage.Percent < 100).Sum(d => d.Amount)).Label("open amount"));
        });

    [Property(MaxTest = 200)]
    public Property Stalled_AnyTeam_AreOpenAndStalledForAReason() =>
        Prop.ForAll(Team.ToArbitrary(), team =>
        {
            var stalled = StalledDealCalculator.Stalled(team.Week, team.Reps);

            return stalled.All(s => s.History.Deal.IsOpen
                && s.History.DaysInStage % 7 == 0
                && ((s.History.DaysInStage >= 42 && s.History.Deal.Stage.Percent < 90) || s.History.SlipCount >= 2))
                && stalled.Zip(stalled.Skip(1)).All(p => p.First.History.DaysInStage >= p.Second.History.DaysInStage);
        });

    private static Gen<RepSnapshotHistory> History(RepId rep, ForecastWeek week) =>
        from weeks in Gen.Choose(1, 9)
        from present in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false))), weeks)
        from snapshots in Gen.CollectToArray(
            Enumerable.Range(0, weeks).Where(i => i == 0 || present[i]),
            i => Generators.Snapshot(rep, ForecastWeek.FromMonday(week.Monday.AddDays(-7 * i)), week.Monday))
        select new RepSnapshotHistory(rep, rep.Value, snapshots);
}
