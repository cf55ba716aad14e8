using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Admin;

/// <summary>
/// <c>reassign deals @from @to</c>: the departing rep's open deals (Commit, Upside, Pipeline) move to the other rep's
/// current pipeline; their Won and Lost deals stay with them (their bookings). Past submissions are untouched, so the
/// history stays where it happened. The receiving rep's deals are written first: if the second write fails, a retry
/// finds the deals already there and does not copy them twice. A deal id that the receiver already uses for a
/// different deal gets a new id. Audited as <c>deals:&lt;from&gt;</c>, with the change: the entry is saved in the receiving
/// rep's roster row (its audit outbox, <see cref="Teams.Rep.PendingAudit"/>) before the deals move, so a move is never
/// without its entry; a move interrupted after that entry is finished by running the command again (it converges), which
/// records a second entry for the rest.
/// </summary>
public sealed class DealReassignment(IDealStore deals, SettingsEditor editor)
{
    /// <returns>The deals moved.</returns>
    public async Task<IReadOnlyList<DealForecast>> ReassignAsync(TeamId team, RepId from, RepId to, RepId actor, CancellationToken cancellationToken)
    {
        var source = await deals.ListAsync(team, from, cancellationToken);
        var moving = source.Where(d => d.IsOpen).ToList();
        if (moving.Count == 0)
        {
            return [];
        }

        var target = await deals.ListAsync(team, to, cancellationToken);
        var merged = target.ToList();
        var ids = merged.Select(d => d.Id).ToHashSet();
        foreach (var deal in moving)
        {
            if (merged.Contains(deal))
            {
                continue; // Copied by an earlier, interrupted attempt.
            }

            merged.Add(ids.Add(deal.Id) ? deal : deal with { Id = NewId(ids) });
        }

        var total = moving.Sum(d => d.Amount);
        var change = new SettingChange(
            SettingKeys.With(SettingKeys.Deals, from.Value),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{moving.Count} open deals ({SettingKeys.Value(total)})"),
            to.Value);
        var audited = await editor.UpdateRepAsync(team, to, actor, rep => rep is null ? Edit<Rep>.Refuse("not on the roster") : Edit<Rep>.To(rep, change), cancellationToken);
        if (audited.Status != EditStatus.Saved)
        {
            throw new ConcurrencyConflictException($"The receiving rep '{to}' could not be updated ({audited.Status}).");
        }

        await deals.ReplaceAsync(team, to, merged, cancellationToken);
        await deals.ReplaceAsync(team, from, source.Where(d => !d.IsOpen).ToList(), cancellationToken);
        return moving;
    }

    private static DealId NewId(HashSet<DealId> taken)
    {
        DealId id;
        do
        {
            id = DealId.From("d" + Guid.NewGuid().ToString("N")[..12]);
        }
        while (!taken.Add(id));

        return id;
    }
}
