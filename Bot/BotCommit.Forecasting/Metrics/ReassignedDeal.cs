using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// A deal that changed hands between W-1 and W (an admin's <c>reassign deals</c>; it keeps its id): <see cref="From"/>
/// held it in W-1 as <see cref="Before"/> and no longer holds it in W; <see cref="To"/> holds it in W and did not in W-1.
/// </summary>
public sealed record ReassignedDeal(DealId Deal, RepId From, RepId To, DealForecast Before)
{
    /// <summary>
    /// The reassigned deals of a week, found from the snapshots alone (so the offline summary finds the same): per deal id
    /// new in a rep's W snapshot, the other rep whose W-1 snapshot held it and whose W snapshot does not. When two reps'
    /// W-1 snapshots held the same id, the first by rep id (ordinal) is taken.
    /// </summary>
    public static IReadOnlyDictionary<DealId, ReassignedDeal> Find(IReadOnlyList<(RepId Rep, Submission? Previous, Submission? Current)> reps)
    {
        ArgumentNullException.ThrowIfNull(reps);
        var ordered = reps.OrderBy(r => r.Rep.Value, StringComparer.Ordinal).ToList();
        var heldNow = ordered.GroupBy(r => r.Rep).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Current?.Deals ?? []).Select(d => d.Id).ToHashSet());
        var heldBefore = new Dictionary<DealId, (RepId Rep, DealForecast Deal)>();
        foreach (var (rep, previous, _) in ordered)
        {
            foreach (var deal in previous?.Deals ?? [])
            {
                heldBefore.TryAdd(deal.Id, (rep, deal));
            }
        }

        var found = new Dictionary<DealId, ReassignedDeal>();
        foreach (var (rep, previous, current) in ordered)
        {
            if (current is null || current.Status == SubmissionStatus.Left)
            {
                continue;
            }

            var before = previous?.Deals.Select(d => d.Id).ToHashSet() ?? [];
            foreach (var deal in current.Deals)
            {
                if (!before.Contains(deal.Id)
                    && heldBefore.TryGetValue(deal.Id, out var giver)
                    && giver.Rep != rep
                    && !heldNow[giver.Rep].Contains(deal.Id))
                {
                    found.TryAdd(deal.Id, new ReassignedDeal(deal.Id, giver.Rep, rep, giver.Deal));
                }
            }
        }

        return found;
    }
}
