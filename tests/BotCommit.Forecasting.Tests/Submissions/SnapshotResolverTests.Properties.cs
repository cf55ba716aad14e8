using BotCommit.Forecasting.Submissions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BotCommit.Forecasting.Tests.Submissions;

public partial class SnapshotResolverTests
{
    [Property(MaxTest = 300)]
    public Property Resolve_CarriedSnapshot_IsIdempotent() =>
        Prop.ForAll(Generators.SnapshotPair.ToArbitrary(), Generators.FiscalStart.ToArbitrary(), (pair, fiscalStart) =>
        {
            var week = pair.Current.Week;
            var once = SnapshotResolver.Resolve(null, pair.Previous, week, fiscalStart)!;

            var carriedAgain = SnapshotResolver.Resolve(null, once with { Week = week.Previous }, week, fiscalStart)!;
            var resolvedAgain = SnapshotResolver.Resolve(once, pair.Previous, week, fiscalStart)!;

            return Same(once, carriedAgain).Label("carrying the carry again")
                .And(Same(once, resolvedAgain).Label("resolving the stored carry again"))
                .And((once.Status == SubmissionStatus.CarriedForward && once.SubmittedAt is null).Label("flagged carried"));
        });

    private static bool Same(Submission left, Submission right) =>
        left.Week == right.Week
        && left.Rep == right.Rep
        && left.Status == right.Status
        && left.SubmittedAt == right.SubmittedAt
        && left.Late == right.Late
        && left.SkipReason == right.SkipReason
        && left.Deals.SequenceEqual(right.Deals);
}
