using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// A rep's snapshots of record for a run of review weeks (resolved by the caller: on time, late or carried), oldest first,
/// at most one per week. A week without a snapshot is a gap: it ends every "consecutive weeks" count. The TOP lists and
/// stalled deals read deal histories from it; a deal is followed by its id within the rep's snapshots.
/// </summary>
public sealed record RepSnapshotHistory
{
    public RepSnapshotHistory(RepId rep, string repName, IEnumerable<Submission> snapshots)
    {
        ArgumentNullException.ThrowIfNull(repName);
        ArgumentNullException.ThrowIfNull(snapshots);
        Rep = rep;
        RepName = repName;
        Submission[] ordered = [.. snapshots.OrderBy(s => s?.Week.Monday)];
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i] is null || ordered[i].Rep != rep)
            {
                throw new ArgumentException($"Every snapshot must be {rep}'s.", nameof(snapshots));
            }

            if (i > 0 && ordered[i].Week == ordered[i - 1].Week)
            {
                throw new ArgumentException($"Two snapshots for {ordered[i].Week}.", nameof(snapshots));
            }
        }

        Snapshots = ordered;
    }

    public RepId Rep { get; }

    public string RepName { get; }

    /// <summary>Oldest first, one per week at most.</summary>
    public IReadOnlyList<Submission> Snapshots { get; }

    /// <summary>The snapshot of <paramref name="week"/>, or null.</summary>
    public Submission? SnapshotFor(ForecastWeek week) => Snapshots.FirstOrDefault(s => s.Week == week);

    /// <summary>
    /// The snapshots of the consecutive weeks ending at <paramref name="week"/>, newest first, until the first week without
    /// one (empty when <paramref name="week"/> has none).
    /// </summary>
    public IEnumerable<Submission> BackFrom(ForecastWeek week)
    {
        var expected = week;
        for (var i = Snapshots.Count - 1; i >= 0; i--)
        {
            var snapshot = Snapshots[i];
            if (snapshot.Week > expected)
            {
                continue;
            }

            if (snapshot.Week != expected)
            {
                yield break;
            }

            yield return snapshot;
            expected = expected.Previous;
        }
    }
}
