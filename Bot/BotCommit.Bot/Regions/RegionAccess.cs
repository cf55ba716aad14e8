using BotCommit.Bot.Admin;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Regions;

/// <summary>
/// Who may see a region's figures beyond the posted summary (its export; the "Private by default" rules of issue #15
/// applied to the tree): sales ops — the bootstrap admins of the tenant — and the managers of the region or of a region
/// above it (a region's managers see their subtree). A team's own admins see their team only, through <c>export</c>.
/// </summary>
internal sealed class RegionAccess(AdminPolicy policy)
{
    public bool MayExport(OrgTree tree, NodeId region, string? tenantId, string person)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (string.IsNullOrWhiteSpace(person) || person.Length > RepId.MaxLength)
        {
            return false;
        }

        if (policy.IsBootstrapAdminIn(tenantId, person))
        {
            return true;
        }

        if (tree.Find(region) is not { } node)
        {
            return false;
        }

        var id = RepId.From(person);
        return node.Managers.Contains(id) || tree.Ancestors(region).Any(a => a.Managers.Contains(id));
    }

    /// <summary>Whether <paramref name="person"/> may export some region at all (so an unknown name can be said to be unknown).</summary>
    public bool MayExportAny(OrgTree tree, string? tenantId, string person)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return !string.IsNullOrWhiteSpace(person) && person.Length <= RepId.MaxLength
            && (policy.IsBootstrapAdminIn(tenantId, person) || tree.ManagedBy(RepId.From(person)).Any(n => !n.IsTeam));
    }
}
