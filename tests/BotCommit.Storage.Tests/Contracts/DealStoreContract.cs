using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IDealStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class DealStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<IDealStore> CreateStoreAsync();

    [Fact]
    public async Task ListAsync_WhenNothingSaved_IsEmpty()
    {
        var store = await CreateStoreAsync();

        Assert.Empty(await store.ListAsync(Sample.Team, Sample.Rep, s_none));
        Assert.Empty(await store.ListTeamAsync(Sample.Team, s_none));
    }

    [Fact]
    public async Task ReplaceAsync_ThenList_RoundTripsEveryFieldInOrder()
    {
        var store = await CreateStoreAsync();
        IReadOnlyList<DealForecast> deals =
        [
            Sample.Deal("z9", 0.01m) with { Checklist = CommitChecklist.All },
            Sample.Deal("a1", 999_999_999.99m, ForecastCategory.Won) with { Unrealized = true, Reason = null },
            Sample.Deal("m5", 0m, ForecastCategory.Lost) with { Stage = Stage.From(25) },
            Sample.Deal("b2", 1234.5m, ForecastCategory.Upside) with { CloseDate = new DateOnly(2027, 2, 28) },
        ];

        await store.ReplaceAsync(Sample.Team, Sample.Rep, deals, s_none);

        Assert.Equal(deals, await store.ListAsync(Sample.Team, Sample.Rep, s_none));
    }

    [Fact]
    public async Task ReplaceAsync_AgainWithFewerDeals_RemovesTheOthers()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAsync(Sample.Team, Sample.Rep, [Sample.Deal("A"), Sample.Deal("B"), Sample.Deal("C")], s_none);
        IReadOnlyList<DealForecast> now = [Sample.Deal("C", 1m), Sample.Deal("D")];

        await store.ReplaceAsync(Sample.Team, Sample.Rep, now, s_none);

        Assert.Equal(now, await store.ListAsync(Sample.Team, Sample.Rep, s_none));
    }

    [Fact]
    public async Task ReplaceAsync_WithNoDeals_ClearsTheRep()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAsync(Sample.Team, Sample.Rep, [Sample.Deal("A")], s_none);

        await store.ReplaceAsync(Sample.Team, Sample.Rep, [], s_none);

        Assert.Empty(await store.ListAsync(Sample.Team, Sample.Rep, s_none));
        Assert.False((await store.ListTeamAsync(Sample.Team, s_none)).ContainsKey(Sample.Rep));
    }

    [Fact]
    public async Task ReplaceAsync_ManyDealsByManyOthers_KeepsExactlyTheNewOnes()
    {
        var store = await CreateStoreAsync();
        await store.ReplaceAsync(Sample.Team, Sample.Rep, Sample.Deals("old", 120), s_none);
        var now = Sample.Deals("new", 110);

        await store.ReplaceAsync(Sample.Team, Sample.Rep, now, s_none);

        Assert.Equal(now, await store.ListAsync(Sample.Team, Sample.Rep, s_none));
    }

    [Fact]
    public async Task ReplaceAsync_DuplicateDealIds_AreRefused()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceAsync(Sample.Team, Sample.Rep, [Sample.Deal("A"), Sample.Deal("A", 2m)], s_none));

        Assert.Empty(await store.ListAsync(Sample.Team, Sample.Rep, s_none));
    }

    [Fact]
    public async Task ListTeamAsync_GroupsByRep_AndTeamsAreIsolated()
    {
        var store = await CreateStoreAsync();
        IReadOnlyList<DealForecast> mine = [Sample.Deal("A"), Sample.Deal("B")];
        IReadOnlyList<DealForecast> theirs = [Sample.Deal("A", 5m)];
        await store.ReplaceAsync(Sample.Team, Sample.Rep, mine, s_none);
        await store.ReplaceAsync(Sample.Team, Sample.OtherRep, theirs, s_none);
        await store.ReplaceAsync(Sample.OtherTeam, Sample.Rep, [Sample.Deal("X")], s_none);

        var team = await store.ListTeamAsync(Sample.Team, s_none);

        Assert.Equal(2, team.Count);
        Assert.Equal(mine, team[Sample.Rep]);
        Assert.Equal(theirs, team[Sample.OtherRep]);
        Assert.Equal("X", Assert.Single(await store.ListAsync(Sample.OtherTeam, Sample.Rep, s_none)).Id.Value);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task ReplaceAsync_AwkwardIds_RoundTrip(string id)
    {
        var store = await CreateStoreAsync();
        var team = TeamId.From(id);
        var rep = RepId.From(id);
        IReadOnlyList<DealForecast> deals = [Sample.Deal("A"), Sample.Deal("B")];

        await store.ReplaceAsync(team, rep, deals, s_none);
        await store.ReplaceAsync(team, RepId.From(id + "|x"), [Sample.Deal("C")], s_none);

        Assert.Equal(deals, await store.ListAsync(team, rep, s_none));
        Assert.Equal(deals, (await store.ListTeamAsync(team, s_none))[rep]);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardTexts), MemberType = typeof(Sample))]
    public async Task ReplaceAsync_AwkwardUserText_SurvivesUnchanged(string text)
    {
        var store = await CreateStoreAsync();
        IReadOnlyList<DealForecast> deals = [Sample.Deal("A") with { Account = text, Name = text, Reason = text }];

        await store.ReplaceAsync(Sample.Team, Sample.Rep, deals, s_none);

        Assert.Equal(deals, await store.ListAsync(Sample.Team, Sample.Rep, s_none));
    }
}
