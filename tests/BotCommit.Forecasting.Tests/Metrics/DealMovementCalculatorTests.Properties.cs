using BotCommit.Forecasting.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Metrics;

public partial class DealMovementCalculatorTests
{
    [Property(MaxTest = 500)]
    public Property Compare_AnySnapshots_NeverReportsADealKindTwice() =>
        Prop.ForAll(Generators.SnapshotPair.ToArbitrary(), pair =>
        {
            var movements = DealMovementCalculator.Compare(pair.Previous, pair.Current);

            var distinct = movements.Select(m => (m.Deal, m.Kind)).Distinct().Count();
            return (distinct == movements.Count).Label($"{movements.Count} movements, {distinct} distinct (deal, kind)");
        });

    [Property(MaxTest = 500)]
    public Property Compare_AnySnapshots_IsOrderedAndSigned() =>
        Prop.ForAll(Generators.SnapshotPair.ToArbitrary(), pair =>
        {
            var movements = DealMovementCalculator.Compare(pair.Previous, pair.Current);

            var ordered = movements.Zip(movements.Skip(1)).All(p =>
                Math.Abs(p.First.AmountDelta) > Math.Abs(p.Second.AmountDelta)
                || (Math.Abs(p.First.AmountDelta) == Math.Abs(p.Second.AmountDelta)
                    && string.CompareOrdinal(p.First.Deal.Value, p.Second.Deal.Value) <= 0));
            var signed = movements.All(m => m.Kind switch
            {
                MovementKind.NewInCommit or MovementKind.PulledIn or MovementKind.AmountUp or MovementKind.Won => m.AmountDelta >= 0m,
                MovementKind.DroppedFromCommit or MovementKind.Slipped or MovementKind.AmountDown or MovementKind.Lost => m.AmountDelta <= 0m,
                _ => false,
            });
            return ordered.Label("ordered").And(signed.Label("signed by kind"));
        });

    [Property(MaxTest = 200)]
    public Property Compare_SameSnapshotTwice_HasNoMovements() =>
        Prop.ForAll(Generators.SnapshotPair.ToArbitrary(), pair =>
        {
            var sameDeals = pair.Current with { Week = pair.Current.Week.Previous };

            return DealMovementCalculator.Compare(sameDeals, pair.Current).Count == 0;
        });
}
