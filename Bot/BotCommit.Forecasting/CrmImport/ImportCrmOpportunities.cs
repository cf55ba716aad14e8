using System.Globalization;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.CrmImport;

/// <summary>
/// Importing a CRM opportunity report into a team's current pipelines (issue #19 item 2): <see cref="PreviewAsync"/> is
/// the dry run (nothing is written), <see cref="ImportAsync"/> stores what the same plan says. Owners are matched to the
/// team's active reps (managers and leavers are not) through <c>owners</c>: each e-mail or UPN the host read from
/// Teams for a member, mapped to that member's id. The rules of the plan are <see cref="CrmImportPlan.Build"/>'s; the
/// import is audited (one <c>crmImport</c> entry with the source and the counts, appended before the deals are written,
/// so a stored import is never without its entry). Running an import again converges: what is already there is
/// "unchanged".
/// </summary>
public sealed class ImportCrmOpportunities(IDealStore deals, IRosterStore roster, SettingsEditor editor)
{
    public async Task<CrmImportPlan> PreviewAsync(
        TeamId team, IReadOnlyList<CrmOpportunity> rows, IReadOnlyDictionary<string, RepId> owners, CancellationToken cancellationToken) =>
        (await PlanAsync(team, rows, owners, cancellationToken)).Plan;

    private async Task<(CrmImportPlan Plan, IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Current)> PlanAsync(
        TeamId team, IReadOnlyList<CrmOpportunity> rows, IReadOnlyDictionary<string, RepId> owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(owners);
        var reps = (await roster.ListAsync(team, cancellationToken)).Where(r => r.Active && !r.IsManager).Select(r => r.Id).ToHashSet();
        var lookup = new Dictionary<string, RepId>(StringComparer.OrdinalIgnoreCase);
        foreach (var (address, rep) in owners)
        {
            if (reps.Contains(rep))
            {
                lookup.TryAdd(address.Trim(), rep);
            }
        }

        var current = await deals.ListTeamAsync(team, cancellationToken);
        return (CrmImportPlan.Build(rows, owner => lookup.TryGetValue(owner.Trim(), out var rep) ? rep : null, current), current);
    }

    /// <summary>
    /// Stores the plan; <paramref name="source"/> (the mapping's name, e.g. <c>salesforce</c>) goes into the audit entry.
    /// Reports <paramref name="progress"/> (may be null) <paramref name="progress"/> once the plan is made (the rows that need no write) and after
    /// each rep's pipeline is written (<see cref="CrmImportProgress"/>).
    /// </summary>
    public async Task<CrmImportPlan> ImportAsync(
        TeamId team,
        RepId actor,
        string source,
        IReadOnlyList<CrmOpportunity> rows,
        IReadOnlyDictionary<string, RepId> owners,
        IProgress<CrmImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (plan, current) = await PlanAsync(team, rows, owners, cancellationToken);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{source}: {plan.Added} added, {plan.Updated} updated, {plan.Unchanged} unchanged, {plan.Unmatched.Count} unmatched, {plan.Refused.Count} refused");
        await editor.AuditAsync(team, actor, [new SettingChange(SettingKeys.CrmImport, null, summary)], cancellationToken);

        // The reps who lose a deal (its owner changed in the CRM) are written last: a moving deal is never absent from
        // both pipelines, at worst briefly in both.
        var order = plan.Pipelines.OrderBy(p => Loses(current, p.Key, p.Value));
        var done = new CrmImportProgress(rows.Count, plan.Unchanged + plan.Unmatched.Count + plan.Refused.Count, 0, 0, plan.Unchanged, plan.Unmatched.Count, plan.Refused.Count);
        progress?.Report(done);
        foreach (var (rep, pipeline) in order)
        {
            await deals.ReplaceAsync(team, rep, pipeline, cancellationToken);
            if (plan.ChangesByRep.TryGetValue(rep, out var changes))
            {
                done = done with
                {
                    Processed = done.Processed + changes.Added + changes.Updated,
                    Added = done.Added + changes.Added,
                    Updated = done.Updated + changes.Updated,
                };
                progress?.Report(done);
            }
        }

        return plan;
    }

    private static bool Loses(IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> current, RepId rep, IReadOnlyList<DealForecast> next) =>
        current.TryGetValue(rep, out var before) && before.Any(d => !next.Any(n => n.Id == d.Id));
}
