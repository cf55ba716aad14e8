using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Submissions;

/// <summary>
/// Resolves a team's snapshots of W and W-1 for the summary of W, leavers included (pure, given the reps' stored
/// history): every rep still on the team in a week gets <see cref="SnapshotResolver.Resolve"/>; a rep who had left by that
/// week gets <see cref="LeaverSnapshot.For"/> from their last snapshot of record (the week before their leaving week),
/// keeping the open deals nobody else holds in that week. One place for <see cref="Summary.ComposeWeeklySummary"/> and
/// <see cref="UseCases.ComputeWeeklySummary"/>, so the export and the posted summary resolve alike.
/// </summary>
public static class TeamWeekSnapshots
{
    /// <summary>Whether the summary of <paramref name="week"/> looks at <paramref name="rep"/> at all.</summary>
    public static bool Concerns(Rep rep, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(rep);
        if (rep.LeftWeek is not { } left)
        {
            return rep.Active;
        }

        return left > week.Previous || left.Monday.AddDays(7 * LeaverSnapshot.MaxWeeksAfterLeaving) >= week.Monday;
    }

    /// <param name="reps">The reps <see cref="Concerns"/> says the week looks at.</param>
    /// <param name="week">W.</param>
    /// <param name="fiscalYearStartMonth">The team's fiscal-year start month.</param>
    /// <param name="resolve">A rep's snapshot of a week as the summary resolves it (own, or carried).</param>
    /// <returns>Per rep, the snapshot of W-1 and of W (either may be null).</returns>
    public static IReadOnlyDictionary<RepId, (Submission? Previous, Submission? Current)> Resolve(
        IReadOnlyList<Rep> reps, ForecastWeek week, int fiscalYearStartMonth, Func<Rep, ForecastWeek, Submission?> resolve)
    {
        ArgumentNullException.ThrowIfNull(reps);
        ArgumentNullException.ThrowIfNull(resolve);
        var result = new Dictionary<RepId, (Submission? Previous, Submission? Current)>();
        foreach (var rep in reps)
        {
            result[rep.Id] = (rep.HasLeftBy(week.Previous) ? null : resolve(rep, week.Previous), rep.HasLeftBy(week) ? null : resolve(rep, week));
        }

        foreach (var rep in reps.Where(r => r.HasLeftBy(week)))
        {
            var lastRecord = resolve(rep, rep.LeftWeek!.Value.Previous);
            var (previous, _) = result[rep.Id];
            if (rep.HasLeftBy(week.Previous))
            {
                previous = LeaverSnapshot.For(lastRecord, week.Previous, fiscalYearStartMonth, HeldByOthers(result, rep.Id, current: false));
            }

            var current = LeaverSnapshot.For(lastRecord, week, fiscalYearStartMonth, HeldByOthers(result, rep.Id, current: true));
            result[rep.Id] = (previous, current);
        }

        return result;
    }

    private static HashSet<DealId> HeldByOthers(Dictionary<RepId, (Submission? Previous, Submission? Current)> resolved, RepId leaver, bool current) =>
        [.. resolved
            .Where(r => r.Key != leaver)
            .Select(r => current ? r.Value.Current : r.Value.Previous)
            .Where(s => s is not null && s.Status != SubmissionStatus.Left)
            .SelectMany(s => s!.Deals.Select(d => d.Id))];
}
