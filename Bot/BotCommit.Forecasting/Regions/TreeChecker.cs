using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>The rules of <see cref="TreeRule"/>, checked over a set of nodes that may not form a tree yet.</summary>
internal static class TreeChecker
{
    public static IReadOnlyList<TreeProblem> Check(List<OrgNode> nodes)
    {
        var problems = new List<TreeProblem>();
        var byId = new Dictionary<NodeId, OrgNode>();
        foreach (var node in nodes)
        {
            ArgumentNullException.ThrowIfNull(node, nameof(nodes));
            if (!byId.TryAdd(node.Id, node) && !problems.Any(p => p.Rule == TreeRule.DuplicateNode && p.Node == node.Id))
            {
                problems.Add(new TreeProblem(TreeRule.DuplicateNode, node.Id));
            }
        }

        foreach (var node in byId.Values)
        {
            CheckParent(node, byId, problems);
            CheckOwnSettings(node, problems);
        }

        foreach (var node in byId.Values)
        {
            var chain = ChainUp(node, byId, out var closesCycle);
            if (closesCycle)
            {
                problems.Add(new TreeProblem(TreeRule.Cycle, node.Id, node.Parent));
                continue;
            }

            if (chain.Count > OrgTree.MaxDepth)
            {
                problems.Add(new TreeProblem(TreeRule.TooDeep, node.Id));
            }

            CheckInherited(node, chain, problems);
        }

        return [.. problems.OrderBy(p => p.Node).ThenBy(p => p.Rule)];
    }

    /// <summary>
    /// The node, then its ancestors as far as they can be followed (to a root, a missing parent, or a repeat).
    /// <paramref name="closesCycle"/> is true when following the parents comes back to the node itself.
    /// </summary>
    private static List<OrgNode> ChainUp(OrgNode node, Dictionary<NodeId, OrgNode> byId, out bool closesCycle)
    {
        var chain = new List<OrgNode> { node };
        var seen = new HashSet<NodeId> { node.Id };
        closesCycle = false;
        for (var current = node; current.Parent is { } parentId && byId.TryGetValue(parentId, out var parent); current = parent)
        {
            if (!seen.Add(parent.Id))
            {
                closesCycle = parent.Id == node.Id;
                break;
            }

            chain.Add(parent);
        }

        return chain;
    }

    private static void CheckParent(OrgNode node, Dictionary<NodeId, OrgNode> byId, List<TreeProblem> problems)
    {
        if (node.Parent is not { } parentId || parentId == node.Id)
        {
            return; // a self-parent is reported as a cycle
        }

        if (!byId.TryGetValue(parentId, out var parent))
        {
            problems.Add(new TreeProblem(TreeRule.ParentNotFound, node.Id, parentId));
        }
        else if (parent.IsTeam)
        {
            problems.Add(new TreeProblem(TreeRule.ParentIsTeam, node.Id, parentId));
        }
    }

    private static void CheckOwnSettings(OrgNode node, List<TreeProblem> problems)
    {
        if (node.IsTeam && (node.MonthTargets.Count > 0 || node.QuarterTargets.Count > 0))
        {
            problems.Add(new TreeProblem(TreeRule.TeamHasTargets, node.Id));
        }

        var targets = node.MonthTargets.Concat(node.QuarterTargets);
        if (targets.Any(t => t.Value < 0m || !YearMonth.TryParse(t.Key, out _)))
        {
            problems.Add(new TreeProblem(TreeRule.InvalidTarget, node.Id));
        }

        if (node.TimeZoneId is { } zone && !TimeZones.TryFind(zone, out _))
        {
            problems.Add(new TreeProblem(TreeRule.UnknownTimeZone, node.Id));
        }

        if (node.Managers.Count > OrgTree.MaxManagers
            || node.Managers.Any(m => m.Value.Length == 0)
            || node.Managers.Distinct().Count() != node.Managers.Count)
        {
            problems.Add(new TreeProblem(TreeRule.InvalidManagers, node.Id));
        }
    }

    private static void CheckInherited(OrgNode node, List<OrgNode> chain, List<TreeProblem> problems)
    {
        var fiscalStart = chain.Select(n => n.FiscalYearStartMonth).FirstOrDefault(m => m is not null) ?? OrgTree.DefaultFiscalYearStartMonth;
        foreach (var key in node.QuarterTargets.Keys)
        {
            if (YearMonth.TryParse(key, out var month) && (month.Month - fiscalStart + 12) % 3 != 0)
            {
                problems.Add(new TreeProblem(TreeRule.QuarterTargetNotAligned, node.Id));
                break;
            }
        }

        if (chain.Count < 2)
        {
            return;
        }

        var above = chain.Skip(1).ToList();
        if (node.FiscalYearStartMonth is { } own)
        {
            var parentFiscal = above.Select(n => n.FiscalYearStartMonth).FirstOrDefault(m => m is not null) ?? OrgTree.DefaultFiscalYearStartMonth;
            if ((own - parentFiscal + 12) % 3 != 0)
            {
                problems.Add(new TreeProblem(TreeRule.FiscalQuarterNotAligned, node.Id, node.Parent));
            }
        }

        if (node.Currency is { } currency)
        {
            var parentCurrency = above.Select(n => n.Currency).FirstOrDefault(c => c is not null) ?? OrgTree.DefaultCurrency;
            if (!string.Equals(currency, parentCurrency, StringComparison.Ordinal))
            {
                problems.Add(new TreeProblem(TreeRule.CurrencyDiffersFromParent, node.Id, node.Parent));
            }
        }
    }
}
