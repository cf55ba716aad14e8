using System.Diagnostics.CodeAnalysis;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The organisation tree: teams under regions under regions, as a value (the nodes, ordered by id) that storage can
/// persist one row per node. Only a set of nodes that breaks no <see cref="TreeRule"/> becomes a tree, so every
/// navigation here is safe. Several roots are allowed: a team without a parent works alone.
/// </summary>
public sealed class OrgTree
{
    /// <summary>Most levels from a root down to a team (org, geography, country, region, area, team).</summary>
    public const int MaxDepth = 6;

    public const int MaxManagers = 20;

    /// <summary>The zone, fiscal-year start and currency of a node that neither it nor an ancestor set (as for a lone team).</summary>
    internal const string DefaultTimeZoneId = "UTC";

    internal const int DefaultFiscalYearStartMonth = 1;

    internal const string DefaultCurrency = "USD";

    private readonly Dictionary<NodeId, OrgNode> _byId;
    private readonly Dictionary<NodeId, OrgNode[]> _children;

    private OrgTree(OrgNode[] nodes)
    {
        Nodes = Array.AsReadOnly(nodes);
        _byId = nodes.ToDictionary(n => n.Id);
        _children = nodes
            .Where(n => n.Parent is not null)
            .GroupBy(n => n.Parent!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static OrgTree Empty { get; } = new([]);

    /// <summary>Every node, ordered by id (ordinal).</summary>
    public IReadOnlyList<OrgNode> Nodes { get; }

    /// <summary>The nodes without a parent, ordered by id.</summary>
    public IReadOnlyList<OrgNode> Roots => [.. Nodes.Where(n => n.Parent is null)];

    public OrgNode this[NodeId id] =>
        _byId.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node '{id}' in the tree.");

    /// <summary>The rules <paramref name="nodes"/> break, ordered by node id, then rule; empty when they form a tree.</summary>
    public static IReadOnlyList<TreeProblem> Check(IEnumerable<OrgNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return TreeChecker.Check([.. nodes]);
    }

    public static bool TryCreate(IEnumerable<OrgNode> nodes, [NotNullWhen(true)] out OrgTree? tree, out IReadOnlyList<TreeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var list = nodes.ToList();
        problems = TreeChecker.Check(list);
        tree = problems.Count == 0 ? new OrgTree([.. list.OrderBy(n => n.Id)]) : null;
        return tree is not null;
    }

    /// <exception cref="ArgumentException">The nodes break a <see cref="TreeRule"/> (all listed in the message).</exception>
    public static OrgTree Create(IEnumerable<OrgNode> nodes) =>
        TryCreate(nodes, out var tree, out var problems)
            ? tree
            : throw new ArgumentException(
                "Not a valid tree: " + string.Join("; ", problems.Select(p => $"{p.Rule} at {p.Node}" + (p.Other is { } o ? $" ({o})" : string.Empty))),
                nameof(nodes));

    public bool Contains(NodeId id) => _byId.ContainsKey(id);

    public OrgNode? Find(NodeId id) => _byId.GetValueOrDefault(id);

    /// <summary>The node of <paramref name="team"/>, or null when the team is not in the tree.</summary>
    public OrgNode? FindTeam(TeamId team) => Find(NodeId.Of(team)) is { IsTeam: true } node ? node : null;

    /// <summary>The direct children of <paramref name="id"/>, ordered by id.</summary>
    public IReadOnlyList<OrgNode> Children(NodeId id) => _children.TryGetValue(Known(id).Id, out var list) ? Array.AsReadOnly(list) : [];

    /// <summary>The parent, then its parent, up to the root.</summary>
    public IReadOnlyList<OrgNode> Ancestors(NodeId id)
    {
        var result = new List<OrgNode>();
        for (var node = Known(id); node.Parent is { } parent; node = _byId[parent])
        {
            result.Add(_byId[parent]);
        }

        return result;
    }

    /// <summary>The node and everything under it, parents before children, siblings by id.</summary>
    public IReadOnlyList<OrgNode> Subtree(NodeId id)
    {
        var result = new List<OrgNode>();
        AddPreOrder(Known(id), result);
        return result;
    }

    /// <summary>The node and everything under it, children before parents (the order calls are made in), siblings by id.</summary>
    public IReadOnlyList<OrgNode> BottomUp(NodeId id)
    {
        var result = new List<OrgNode>();
        AddPostOrder(Known(id), result);
        return result;
    }

    /// <summary>The team nodes under (or at) <paramref name="id"/>, in <see cref="Subtree"/> order.</summary>
    public IReadOnlyList<OrgNode> TeamsUnder(NodeId id) => [.. Subtree(id).Where(n => n.IsTeam)];

    /// <summary>Whether <paramref name="id"/> is <paramref name="top"/> or under it (who may see a node's figures).</summary>
    public bool IsWithin(NodeId id, NodeId top) => id == Known(top).Id || Ancestors(id).Any(a => a.Id == top);

    /// <summary>1 for a root, 2 for its children, and so on.</summary>
    public int Depth(NodeId id) => Ancestors(id).Count + 1;

    /// <summary>0 for a team; 1 + the largest height of the children for a region (1 for a region without children).</summary>
    public int Height(NodeId id)
    {
        var node = Known(id);
        if (node.IsTeam)
        {
            return 0;
        }

        var children = Children(id);
        return 1 + (children.Count == 0 ? 0 : children.Max(c => Height(c.Id)));
    }

    /// <summary>The nodes <paramref name="person"/> is a manager of, ordered by id.</summary>
    public IReadOnlyList<OrgNode> ManagedBy(RepId person) => [.. Nodes.Where(n => n.Managers.Contains(person))];

    /// <summary>The node's settings as they apply (own, inherited from the nearest ancestor that set it, or default).</summary>
    public EffectiveSettings Settings(NodeId id)
    {
        var node = Known(id);
        var chain = new List<OrgNode> { node };
        chain.AddRange(Ancestors(id));
        var zoneFrom = chain.FirstOrDefault(n => n.TimeZoneId is not null);
        var fiscalFrom = chain.FirstOrDefault(n => n.FiscalYearStartMonth is not null);
        var currencyFrom = chain.FirstOrDefault(n => n.Currency is not null);
        return new EffectiveSettings(
            node.Id,
            zoneFrom?.TimeZoneId ?? DefaultTimeZoneId,
            zoneFrom?.Id,
            fiscalFrom?.FiscalYearStartMonth ?? DefaultFiscalYearStartMonth,
            fiscalFrom?.Id,
            currencyFrom?.Currency ?? DefaultCurrency,
            currencyFrom?.Id,
            node.CallDeadline ?? CallSchedule.DefaultDeadline(Height(id)),
            node.CallDeadline is null);
    }

    /// <summary>The review period of <paramref name="week"/> on the node's fiscal calendar.</summary>
    public ReviewPeriod PeriodOf(NodeId id, ForecastWeek week) => ReviewPeriod.For(week, Settings(id).FiscalYearStartMonth);

    /// <summary>The tree with <paramref name="node"/> added, or replacing the node with its id (create a region, attach a team, set a manager…).</summary>
    public TreeEdit With(OrgNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Find(node.Id) is { } existing && existing.Kind != node.Kind)
        {
            return new TreeEdit(null, [new TreeProblem(TreeRule.KindChanged, node.Id)]);
        }

        return Edit([.. Nodes.Where(n => n.Id != node.Id), node]);
    }

    /// <summary>The tree without the node <paramref name="id"/>, which must have no children.</summary>
    public TreeEdit Without(NodeId id)
    {
        if (!Contains(id))
        {
            return new TreeEdit(null, [new TreeProblem(TreeRule.NodeNotFound, id)]);
        }

        if (Children(id).Count > 0)
        {
            return new TreeEdit(null, [new TreeProblem(TreeRule.HasChildren, id)]);
        }

        return Edit([.. Nodes.Where(n => n.Id != id)]);
    }

    private static TreeEdit Edit(List<OrgNode> nodes) =>
        TryCreate(nodes, out var tree, out var problems) ? new TreeEdit(tree, []) : new TreeEdit(null, problems);

    private OrgNode Known(NodeId id) => this[id];

    private void AddPreOrder(OrgNode node, List<OrgNode> into)
    {
        into.Add(node);
        foreach (var child in Children(node.Id))
        {
            AddPreOrder(child, into);
        }
    }

    private void AddPostOrder(OrgNode node, List<OrgNode> into)
    {
        foreach (var child in Children(node.Id))
        {
            AddPostOrder(child, into);
        }

        into.Add(node);
    }
}
