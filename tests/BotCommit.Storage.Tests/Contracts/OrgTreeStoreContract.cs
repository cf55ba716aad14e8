using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IOrgTreeStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class OrgTreeStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<IOrgTreeStore> CreateStoreAsync();

    private static OrgNode Region(string id, string? parent = null) =>
        new(NodeId.From(id), NodeKind.Region, "Region " + id) { Parent = parent is null ? null : NodeId.From(parent) };

    private static OrgNode Team(string id, string parent) => OrgNode.ForTeam(TeamId.From(id), "Team " + id) with { Parent = NodeId.From(parent) };

    /// <summary>Every field set, with awkward ids and texts.</summary>
    private static OrgTree FullTree() => OrgTree.Create(
    [
        Region("org") with
        {
            Name = "APAC «Nord» 🚀 大中华区",
            Managers = [RepId.From("mgr/1"), RepId.From("mgr|2")],
            ChannelId = "19:org@thread.tacv2",
            TimeZoneId = "Asia/Shanghai",
            FiscalYearStartMonth = 7,
            Currency = "CNY",
            MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 1_000_000.50m, ["2027-01"] = 0.01m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3_000_000m },
            CallDeadline = new LocalWeeklyTime(DayOfWeek.Wednesday, new TimeOnly(15, 30, 5)),
        },
        Region("19:abc@thread.tacv2;messageid=1", "org") with { Managers = [RepId.From("mgr/3")], FiscalYearStartMonth = 10 },
        Team("team|a!", "19:abc@thread.tacv2;messageid=1") with { TimeZoneId = "Europe/Berlin", Managers = [RepId.From("tm")] },
        Team("~", "org"),
    ]);

    [Fact]
    public async Task GetAsync_WhenNothingSaved_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(s_none));
    }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var tree = FullTree();

        var version = await store.SaveAsync(tree, null, s_none);
        var found = await store.GetAsync(s_none);

        Assert.NotNull(found);
        Assert.Equal(version, found.Version);
        SameTree(tree, found.Value);
    }

    [Fact]
    public async Task SaveAsync_Versions_CreateOnlyAndStaleAreRefused()
    {
        var store = await CreateStoreAsync();
        var first = OrgTree.Create([Region("r1")]);
        var v1 = await store.SaveAsync(first, null, s_none);
        var second = first.With(Region("r2", "r1")).Tree!;
        var v2 = await store.SaveAsync(second, v1, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(first, null, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(first.With(Region("r3", "r1")).Tree!, v1, s_none));

        var found = await store.GetAsync(s_none);
        Assert.Equal(v2, found!.Version);
        SameTree(second, found.Value);
    }

    [Fact]
    public async Task SaveAsync_RemovedAndChangedNodes_AreGoneAndChanged()
    {
        var store = await CreateStoreAsync();
        var v1 = await store.SaveAsync(FullTree(), null, s_none);
        var edited = FullTree().Without(NodeId.From("~")).Tree!;
        edited = edited.With(edited[NodeId.From("org")] with { Name = "Renamed", Managers = [], CallDeadline = null }).Tree!;

        var v2 = await store.SaveAsync(edited, v1, s_none);

        var found = await store.GetAsync(s_none);
        Assert.Equal(v2, found!.Version);
        SameTree(edited, found.Value);
        Assert.False(found.Value.Contains(NodeId.From("~")));
    }

    [Fact]
    public async Task SaveAsync_UnchangedTree_StillMovesTheVersion()
    {
        var store = await CreateStoreAsync();
        var v1 = await store.SaveAsync(FullTree(), null, s_none);

        var v2 = await store.SaveAsync(FullTree(), v1, s_none);

        Assert.NotEqual(v1, v2);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(FullTree(), v1, s_none));
    }

    [Fact]
    public async Task SaveAsync_TooManyChangedNodes_IsRefusedAndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var big = OrgTree.Create([Region("root"), .. Enumerable.Range(0, IOrgTreeStore.MaxChangedNodes).Select(i => Region("r" + i, "root"))]);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(big, null, s_none));

        Assert.Null(await store.GetAsync(s_none));
    }

    [Fact]
    public async Task SaveAsync_LargeTreeInSteps_HoldsEveryNode()
    {
        var store = await CreateStoreAsync();
        var tree = OrgTree.Create([Region("root"), .. Enumerable.Range(0, 60).Select(i => Region("a" + i, "root"))]);
        var version = await store.SaveAsync(tree, null, s_none);
        tree = OrgTree.Create([.. tree.Nodes, .. Enumerable.Range(0, 60).Select(i => Team("t" + i, "a" + i))]);

        await store.SaveAsync(tree, version, s_none);

        SameTree(tree, (await store.GetAsync(s_none))!.Value);
    }

    private static void SameTree(OrgTree expected, OrgTree actual)
    {
        Assert.Equal(expected.Nodes.Select(n => n.Id), actual.Nodes.Select(n => n.Id));
        foreach (var node in expected.Nodes)
        {
            var other = actual[node.Id];
            Assert.Equal(node.Kind, other.Kind);
            Assert.Equal(node.Name, other.Name);
            Assert.Equal(node.Parent, other.Parent);
            Assert.Equal(node.Managers, other.Managers);
            Assert.Equal(node.ChannelId, other.ChannelId);
            Assert.Equal(node.TimeZoneId, other.TimeZoneId);
            Assert.Equal(node.FiscalYearStartMonth, other.FiscalYearStartMonth);
            Assert.Equal(node.Currency, other.Currency);
            Assert.Equal(node.MonthTargets.OrderBy(t => t.Key), other.MonthTargets.OrderBy(t => t.Key));
            Assert.Equal(node.QuarterTargets.OrderBy(t => t.Key), other.QuarterTargets.OrderBy(t => t.Key));
            Assert.Equal(node.CallDeadline, other.CallDeadline);
        }
    }
}
