using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="ITeamSettingsStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class TeamSettingsStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<ITeamSettingsStore> CreateStoreAsync();

    private static TeamSettings FullSettings(TeamId id) => new(id)
    {
        Name = "EMEA Enterprise — «Nord» 🚀",
        TimeZoneId = "Europe/Berlin",
        FiscalYearStartMonth = 10,
        Currency = "EUR",
        Culture = "de-DE",
        AmountStyle = AmountStyle.Myriads,
        Schedule = new WeeklySchedule
        {
            Nudge = new LocalWeeklyTime(DayOfWeek.Friday, new TimeOnly(15, 45, 30)),
            Reminders =
            [
                new ScheduledReminder(new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(21, 0)), ScheduleClock.RepLocal),
                new ScheduledReminder(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(6, 0)), ScheduleClock.TeamLocal),
                new ScheduledReminder(new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(6, 45)), ScheduleClock.RepLocal),
            ],
            Deadline = new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(7, 30)),
            Summary = new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(8, 15)),
            Call = new LocalWeeklyTime(DayOfWeek.Tuesday, new TimeOnly(9, 5)),
        },
        MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 1_000_000.50m, ["2027-01"] = 0.01m, ["2027-02"] = 999_999_999.99m },
        QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3_000_000m },
        SkippedWeeks = new Dictionary<ForecastWeek, string>
        {
            [ForecastWeek.Parse("2026-W52")] = "Christmas / Weihnachten #1",
            [ForecastWeek.Parse("2026-W53")] = "New Year \"quiet\" week",
        },
        HolidaysRecordedAt = new Dictionary<ForecastWeek, DateTimeOffset>
        {
            [ForecastWeek.Parse("2026-W52")] = new DateTimeOffset(2026, 12, 1, 9, 30, 15, TimeSpan.FromHours(8)),
        },
        TenantId = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33",
        Admins = [RepId.From("admin-1"), RepId.From("admin/2")],
        Paused = true,
        BotRemovedAt = new DateTimeOffset(2026, 12, 3, 14, 5, 6, TimeSpan.Zero),
        ScheduleStartsOn = new DateOnly(2026, 11, 30),
        AmountCeiling = 2_500_000.125m,
        SummaryChannel = new SummaryChannel("19:managers@thread.tacv2", "Managers") { RepReaders = 3 },
        ShareSummaryWithTeam = true,
        MonthlyForecastOff = true,
        TopListSize = 15,
        PendingAudit =
        [
            new AuditEntry(id, new DateTimeOffset(2026, 12, 3, 14, 5, 6, 789, TimeSpan.Zero), RepId.From("admin-1"), "paused", "false", "true") { ChangeId = "0123456789abcdef" },
            new AuditEntry(id, new DateTimeOffset(2026, 12, 3, 14, 5, 6, 789, TimeSpan.Zero), RepId.From("admin/2"), "monthTarget:2026-12", null, "«1» \"2\"") { ChangeId = "fedcba9876543210" },
        ],
    };

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsEveryField()
    {
        var store = await CreateStoreAsync();
        var settings = FullSettings(Sample.TeamsChannelTeam);

        var version = await store.SaveAsync(settings, null, s_none);
        var found = await store.GetAsync(Sample.TeamsChannelTeam, s_none);

        Assert.NotNull(found);
        Assert.Equal(version, found.Version);
        Same.Settings(settings, found.Value);
    }

    [Fact]
    public async Task SaveAsync_Defaults_RoundTrip()
    {
        var store = await CreateStoreAsync();
        var settings = new TeamSettings(Sample.Team);

        await store.SaveAsync(settings, null, s_none);

        Same.Settings(settings, (await store.GetAsync(Sample.Team, s_none))?.Value);
    }

    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(Sample.Team, s_none));
    }

    [Fact]
    public async Task SaveAsync_Versions_CreateOnlyAndStaleAreRefused()
    {
        var store = await CreateStoreAsync();
        var first = await store.SaveAsync(new TeamSettings(Sample.Team) { Name = "v1" }, null, s_none);
        var second = await store.SaveAsync(new TeamSettings(Sample.Team) { Name = "v2" }, first, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(new TeamSettings(Sample.Team) { Name = "x" }, null, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(new TeamSettings(Sample.Team) { Name = "y" }, first, s_none));

        var found = await store.GetAsync(Sample.Team, s_none);
        Assert.Equal("v2", found!.Value.Name);
        Assert.Equal(second, found.Version);
    }

    [Fact]
    public async Task SaveAsync_VersionFromGet_IsAccepted()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        var read = await store.GetAsync(Sample.Team, s_none);

        await store.SaveAsync(read!.Value with { Paused = true }, read.Version, s_none);

        Assert.True((await store.GetAsync(Sample.Team, s_none))!.Value.Paused);
    }

    [Fact]
    public async Task ListAsync_ReturnsEveryTeam()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(FullSettings(Sample.TeamsChannelTeam), null, s_none);
        await store.SaveAsync(new TeamSettings(Sample.Team), null, s_none);
        await store.SaveAsync(new TeamSettings(Sample.OtherTeam), null, s_none);

        var teams = await store.ListAsync(s_none);

        Assert.Equal(
            new[] { Sample.Team, Sample.OtherTeam, Sample.TeamsChannelTeam }.Select(t => t.Value).Order(StringComparer.Ordinal),
            teams.Select(t => t.Id.Value).Order(StringComparer.Ordinal));
        Same.Settings(FullSettings(Sample.TeamsChannelTeam), teams.Single(t => t.Id == Sample.TeamsChannelTeam));
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardTeamIds_RoundTrip(string id)
    {
        var store = await CreateStoreAsync();
        var settings = FullSettings(TeamId.From(id));

        await store.SaveAsync(settings, null, s_none);

        Same.Settings(settings, (await store.GetAsync(settings.Id, s_none))?.Value);
        Same.Settings(settings, Assert.Single(await store.ListAsync(s_none)));
    }

    [Fact]
    public async Task SaveAsync_CallerChangingItsDictionaryAfterwards_DoesNotChangeTheStoredSettings()
    {
        var store = await CreateStoreAsync();
        var targets = new Dictionary<string, decimal> { ["2026-12"] = 1m };
        await store.SaveAsync(new TeamSettings(Sample.Team) { MonthTargets = targets }, null, s_none);

        targets["2026-12"] = 2m;

        Assert.Equal(1m, (await store.GetAsync(Sample.Team, s_none))!.Value.MonthTargets["2026-12"]);
    }
}
