using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

public class OrgTreeTests
{
    // org ─┬─ emea ─┬─ t-de
    //      │        └─ t-uk
    //      └─ apac ─┬─ t-au
    //               ├─ t-cn
    //               └─ t-jp
    private static readonly OrgNode[] ThreeLevels =
    [
        Region("org", null) with { TimeZoneId = "Europe/Berlin", Currency = "EUR", Managers = [RepId.From("vp")] },
        Region("emea", "org") with { FiscalYearStartMonth = 7, Managers = [RepId.From("m-emea"), RepId.From("m-emea-2")] },
        Region("apac", "org") with { TimeZoneId = "Asia/Shanghai", Managers = [RepId.From("m-apac")] },
        Team("t-de", "emea"),
        Team("t-uk", "emea") with { TimeZoneId = "Europe/London" },
        Team("t-au", "apac") with { TimeZoneId = "Australia/Sydney" },
        Team("t-cn", "apac"),
        Team("t-jp", "apac") with { Managers = [RepId.From("m-apac")] },
    ];

    [Fact]
    public void Create_ThreeLevels_NavigatesParentsChildrenAndOrders()
    {
        var tree = OrgTree.Create(ThreeLevels);

        Assert.Equal(["org"], Ids(tree.Roots));
        Assert.Equal(["apac", "emea", "org", "t-au", "t-cn", "t-de", "t-jp", "t-uk"], Ids(tree.Nodes));
        Assert.Equal(["apac", "emea"], Ids(tree.Children(Id("org"))));
        Assert.Equal(["apac", "org"], Ids(tree.Ancestors(Id("t-cn"))));
        Assert.Equal(["org", "apac", "t-au", "t-cn", "t-jp", "emea", "t-de", "t-uk"], Ids(tree.Subtree(Id("org"))));
        Assert.Equal(["t-au", "t-cn", "t-jp", "apac", "t-de", "t-uk", "emea", "org"], Ids(tree.BottomUp(Id("org"))));
        Assert.Equal(["t-de", "t-uk"], Ids(tree.TeamsUnder(Id("emea"))));
        Assert.Equal([1, 2, 3], new[] { tree.Depth(Id("org")), tree.Depth(Id("emea")), tree.Depth(Id("t-uk")) });
        Assert.Equal([2, 1, 0], new[] { tree.Height(Id("org")), tree.Height(Id("emea")), tree.Height(Id("t-uk")) });
        Assert.True(tree.IsWithin(Id("t-uk"), Id("org")));
        Assert.True(tree.IsWithin(Id("emea"), Id("emea")));
        Assert.False(tree.IsWithin(Id("t-uk"), Id("apac")));
        Assert.Equal(["apac", "t-jp"], Ids(tree.ManagedBy(RepId.From("m-apac"))));
        Assert.Equal("t-cn", tree.FindTeam(TeamId.From("t-cn"))?.Id.Value);
        Assert.Null(tree.FindTeam(TeamId.From("emea")));
    }

    [Fact]
    public void Settings_UnsetValues_AreInheritedFromTheNearestAncestorThatSetsThem()
    {
        var tree = OrgTree.Create(ThreeLevels);

        var de = tree.Settings(Id("t-de"));
        var uk = tree.Settings(Id("t-uk"));
        var cn = tree.Settings(Id("t-cn"));

        Assert.Equal(("Europe/Berlin", Id("org")), (de.TimeZoneId, de.TimeZoneFrom));
        Assert.Equal((7, Id("emea")), (de.FiscalYearStartMonth, de.FiscalCalendarFrom));
        Assert.Equal(("EUR", Id("org")), (de.Currency, de.CurrencyFrom));
        Assert.Equal(("Europe/London", Id("t-uk")), (uk.TimeZoneId, uk.TimeZoneFrom));
        Assert.Equal(("Asia/Shanghai", Id("apac")), (cn.TimeZoneId, cn.TimeZoneFrom));
        Assert.Equal((1, (NodeId?)null), (cn.FiscalYearStartMonth, cn.FiscalCalendarFrom)); // nobody above sets it: January
    }

    [Fact]
    public void Settings_CallDeadline_DefaultsToMondayNoonForTeamsAndOneDayLaterPerRegionLevel()
    {
        var tree = OrgTree.Create([.. ThreeLevels.Where(n => n.Id.Value != "t-jp"), Team("t-jp", "apac") with { CallDeadline = new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(14, 0)) }]);

        Assert.Equal((new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(12, 0)), true), Deadline(tree, "t-cn"));
        Assert.Equal((new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(14, 0)), false), Deadline(tree, "t-jp"));
        Assert.Equal((new LocalWeeklyTime(DayOfWeek.Tuesday, new TimeOnly(12, 0)), true), Deadline(tree, "apac"));
        Assert.Equal((new LocalWeeklyTime(DayOfWeek.Wednesday, new TimeOnly(12, 0)), true), Deadline(tree, "org"));
    }

    [Fact]
    public void Create_LoneTeam_IsATreeOfOneRoot()
    {
        var tree = OrgTree.Create([Team("solo", null)]);

        Assert.Equal(["solo"], Ids(tree.Roots));
        Assert.Equal(("UTC", 1, "USD"), (tree.Settings(Id("solo")).TimeZoneId, tree.Settings(Id("solo")).FiscalYearStartMonth, tree.Settings(Id("solo")).Currency));
    }

    public static TheoryData<string, OrgNode[], TreeRule, string> BrokenTrees => new()
    {
        { "same id twice", [Region("r", null), Region("r", null)], TreeRule.DuplicateNode, "r" },
        { "parent missing", [Team("t", "nowhere")], TreeRule.ParentNotFound, "t" },
        { "a team is a leaf", [Team("t", null), Team("u", "t")], TreeRule.ParentIsTeam, "u" },
        { "own parent", [Region("r", "r")], TreeRule.Cycle, "r" },
        { "two-node cycle", [Region("a", "b"), Region("b", "a")], TreeRule.Cycle, "a" },
        { "seven levels", Chain(7), TreeRule.TooDeep, "t" },
        { "team with targets", [Team("t", null) with { MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = 1m } }], TreeRule.TeamHasTargets, "t" },
        { "negative target", [Region("r", null) with { MonthTargets = new Dictionary<string, decimal> { ["2026-11"] = -1m } }], TreeRule.InvalidTarget, "r" },
        { "target key not a month", [Region("r", null) with { QuarterTargets = new Dictionary<string, decimal> { ["2026-Q4"] = 1m } }], TreeRule.InvalidTarget, "r" },
        { "quarter key mid-quarter", [Region("r", null) with { QuarterTargets = new Dictionary<string, decimal> { ["2026-11"] = 1m } }], TreeRule.QuarterTargetNotAligned, "r" },
        { "unknown zone", [Region("r", null) with { TimeZoneId = "Mars/Olympus" }], TreeRule.UnknownTimeZone, "r" },
        { "February under January", [Region("r", null), Team("t", "r") with { FiscalYearStartMonth = 2 }], TreeRule.FiscalQuarterNotAligned, "t" },
        { "EUR under default USD", [Region("r", null), Team("t", "r") with { Currency = "EUR" }], TreeRule.CurrencyDiffersFromParent, "t" },
        { "manager twice", [Region("r", null) with { Managers = [RepId.From("m"), RepId.From("m")] }], TreeRule.InvalidManagers, "r" },
    };

    [Theory]
    [MemberData(nameof(BrokenTrees))]
    public void Check_BrokenTree_ReportsTheRule(string row, OrgNode[] nodes, TreeRule rule, string node)
    {
        var problems = OrgTree.Check(nodes);

        Assert.True(problems.Any(p => p.Rule == rule && p.Node == Id(node)), $"{row}: {string.Join(", ", problems)}");
        Assert.False(OrgTree.TryCreate(nodes, out var tree, out _), row);
        Assert.Null(tree);
    }

    [Fact]
    public void Check_JulyFiscalYearUnderJanuary_IsAlignedAndSixLevelsAreAllowed()
    {
        Assert.Empty(OrgTree.Check([Region("r", null), Region("s", "r") with { FiscalYearStartMonth = 7, QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 1m } }]));
        Assert.Empty(OrgTree.Check(Chain(6)));
    }

    [Fact]
    public void With_AttachTeamToRegion_ReturnsNewTreeAndLeavesOldOne()
    {
        var tree = OrgTree.Create(ThreeLevels);

        var edit = tree.With(Team("t-fr", "emea"));
        var moved = edit.Tree!.With(edit.Tree[Id("t-fr")] with { Parent = Id("apac") });

        Assert.True(edit.Succeeded);
        Assert.Equal(["t-de", "t-fr", "t-uk"], Ids(edit.Tree.Children(Id("emea"))));
        Assert.Equal(["t-au", "t-cn", "t-fr", "t-jp"], Ids(moved.Tree!.Children(Id("apac"))));
        Assert.False(tree.Contains(Id("t-fr")));
    }

    [Fact]
    public void With_ChangeBreakingARule_IsRefusedWithTheProblems()
    {
        var tree = OrgTree.Create(ThreeLevels);

        var underTeam = tree.With(Team("t-fr", "t-de"));
        var cycle = tree.With(tree[Id("org")] with { Parent = Id("emea") });
        var kind = tree.With(new OrgNode(Id("t-de"), NodeKind.Region, "DE"));

        Assert.Equal([TreeRule.ParentIsTeam], underTeam.Problems.Select(p => p.Rule));
        Assert.Contains(cycle.Problems, p => p.Rule == TreeRule.Cycle && p.Node == Id("org"));
        Assert.Equal([TreeRule.KindChanged], kind.Problems.Select(p => p.Rule));
        Assert.Null(cycle.Tree);
    }

    [Fact]
    public void Without_NodeWithChildren_IsRefused_LeafIsRemoved()
    {
        var tree = OrgTree.Create(ThreeLevels);

        Assert.Equal([TreeRule.HasChildren], tree.Without(Id("emea")).Problems.Select(p => p.Rule));
        Assert.Equal([TreeRule.NodeNotFound], tree.Without(Id("nope")).Problems.Select(p => p.Rule));
        Assert.Equal(["t-de"], Ids(tree.Without(Id("t-uk")).Tree!.Children(Id("emea"))));
    }

    [Fact]
    public void OrgNode_InvalidValues_Throw()
    {
        Assert.Throws<ArgumentException>(() => new OrgNode(default, NodeKind.Region, "x"));
        Assert.Throws<ArgumentException>(() => new OrgNode(Id("r"), NodeKind.Unknown, "x"));
        Assert.Throws<ArgumentException>(() => new OrgNode(Id("r"), NodeKind.Region, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Region("r", null) with { FiscalYearStartMonth = 13 });
        Assert.Throws<ArgumentException>(() => Region("r", null) with { Currency = "eur" });
        Assert.Equal(TeamId.From("t"), Team("t", null).Team);
        Assert.Null(Region("r", null).Team);
    }

    private static (LocalWeeklyTime, bool) Deadline(OrgTree tree, string id)
    {
        var settings = tree.Settings(Id(id));
        return (settings.CallDeadline, settings.CallDeadlineIsDefault);
    }

    private static OrgNode[] Chain(int levels) =>
        [.. Enumerable.Range(1, levels - 1).Select(i => Region($"r{i}", i == 1 ? null : $"r{i - 1}")), Team("t", $"r{levels - 1}")];

    private static NodeId Id(string id) => NodeId.From(id);

    private static string[] Ids(IEnumerable<OrgNode> nodes) => [.. nodes.Select(n => n.Id.Value)];

    internal static OrgNode Region(string id, string? parent) =>
        new(Id(id), NodeKind.Region, id.ToUpperInvariant()) { Parent = parent is null ? null : Id(parent) };

    internal static OrgNode Team(string id, string? parent) =>
        OrgNode.ForTeam(TeamId.From(id), id.ToUpperInvariant()) with { Parent = parent is null ? null : Id(parent) };
}
