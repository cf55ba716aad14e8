using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRosterStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class RosterStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<IRosterStore> CreateStoreAsync();

    private static Rep FullRep(TeamId team, RepId id) => new(team, id, "Ana Souza")
    {
        TimeZoneId = "Pacific/Auckland",
        TimeZoneSetByAdmin = true,
        Locale = "zh-Hant-TW",
        ManagerId = RepId.From("manager/1"),
        Active = false,
        AwayUntil = new DateOnly(2027, 1, 4),
        AwayRecordedAt = new DateTimeOffset(2026, 12, 20, 9, 30, 15, TimeSpan.Zero),
        AwayReason = "Parental leave 👶\nback in January",
        LeftWeek = BotCommit.Forecasting.Periods.ForecastWeek.Parse("2027-W02"),
        MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 1_000_000.50m, ["2027-01"] = 0.01m },
        QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3_000_000m },
        IsManager = true,
    };

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var rep = FullRep(Sample.Team, Sample.Rep);

        var version = await store.SaveAsync(rep, null, s_none);
        var found = await store.GetAsync(Sample.Team, Sample.Rep, s_none);

        Assert.NotNull(found);
        Assert.Equal(version, found.Version);
        Same.Rep(rep, found.Value);
    }

    [Fact]
    public async Task SaveAsync_Defaults_RoundTrip()
    {
        var store = await CreateStoreAsync();
        var rep = new Rep(Sample.Team, Sample.Rep, "Bo");

        await store.SaveAsync(rep, null, s_none);

        Same.Rep(rep, (await store.GetAsync(Sample.Team, Sample.Rep, s_none))?.Value);
    }

    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(Sample.Team, Sample.Rep, s_none));
    }

    [Fact]
    public async Task SaveAsync_Versions_CreateOnlyAndStaleAreRefused()
    {
        var store = await CreateStoreAsync();
        var first = await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "v1"), null, s_none);
        var second = await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "v2"), first, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "again"), null, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "stale"), first, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(new Rep(Sample.Team, Sample.OtherRep, "none"), second, s_none));

        var found = await store.GetAsync(Sample.Team, Sample.Rep, s_none);
        Assert.Equal("v2", found!.Value.DisplayName);
        Assert.Equal(second, found.Version);
        Assert.Null(await store.GetAsync(Sample.Team, Sample.OtherRep, s_none));
    }

    [Fact]
    public async Task ListAsync_ReturnsThatTeamOnly()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "A"), null, s_none);
        await store.SaveAsync(new Rep(Sample.Team, Sample.OtherRep, "B"), null, s_none);
        await store.SaveAsync(new Rep(Sample.OtherTeam, Sample.Rep, "C"), null, s_none);

        var roster = await store.ListAsync(Sample.Team, s_none);

        Assert.Equal(["A", "B"], roster.Select(r => r.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(roster, r => Assert.Equal(Sample.Team, r.Team));
    }

    [Fact]
    public async Task FindMembershipsAsync_ReturnsEveryTeamOfThePerson()
    {
        var store = await CreateStoreAsync();
        var inChannel = FullRep(Sample.TeamsChannelTeam, Sample.Rep);
        await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "A"), null, s_none);
        await store.SaveAsync(inChannel, null, s_none);
        await store.SaveAsync(new Rep(Sample.Team, Sample.OtherRep, "other"), null, s_none);

        var teams = await store.FindMembershipsAsync(Sample.Rep, s_none);

        Assert.Equal(2, teams.Count);
        Same.Rep(inChannel, teams.Single(r => r.Team == Sample.TeamsChannelTeam));
        Assert.Equal("A", teams.Single(r => r.Team == Sample.Team).DisplayName);
    }

    [Fact]
    public async Task DeleteAsync_RemovesFromTeamAndMemberships_AndIsIdempotent()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "A"), null, s_none);
        await store.SaveAsync(new Rep(Sample.OtherTeam, Sample.Rep, "B"), null, s_none);

        await store.DeleteAsync(Sample.Team, Sample.Rep, s_none);
        await store.DeleteAsync(Sample.Team, Sample.Rep, s_none);

        Assert.Null(await store.GetAsync(Sample.Team, Sample.Rep, s_none));
        Assert.Empty(await store.ListAsync(Sample.Team, s_none));
        Assert.Equal(Sample.OtherTeam, Assert.Single(await store.FindMembershipsAsync(Sample.Rep, s_none)).Team);
    }

    [Fact]
    public async Task SaveAsync_AfterDelete_CreatesAgain()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "A"), null, s_none);
        await store.DeleteAsync(Sample.Team, Sample.Rep, s_none);

        await store.SaveAsync(new Rep(Sample.Team, Sample.Rep, "again"), null, s_none);

        Assert.Equal("again", Assert.Single(await store.FindMembershipsAsync(Sample.Rep, s_none)).DisplayName);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardIds_RoundTrip(string id)
    {
        var store = await CreateStoreAsync();
        var rep = FullRep(TeamId.From(id), RepId.From(id)) with { ManagerId = RepId.From(id) };

        await store.SaveAsync(rep, null, s_none);

        Same.Rep(rep, (await store.GetAsync(rep.Team, rep.Id, s_none))?.Value);
        Same.Rep(rep, Assert.Single(await store.ListAsync(rep.Team, s_none)));
        Same.Rep(rep, Assert.Single(await store.FindMembershipsAsync(rep.Id, s_none)));
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardTexts), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardNames_SurviveUnchanged(string text)
    {
        var store = await CreateStoreAsync();
        var rep = new Rep(Sample.Team, Sample.Rep, text) { AwayReason = text };

        await store.SaveAsync(rep, null, s_none);

        Same.Rep(rep, (await store.GetAsync(Sample.Team, Sample.Rep, s_none))?.Value);
    }
}
