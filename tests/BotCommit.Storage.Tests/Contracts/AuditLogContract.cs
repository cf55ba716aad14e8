using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IAuditLog"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class AuditLogContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly DateTimeOffset s_at = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IAuditLog> CreateLogAsync();

    private static AuditEntry Entry(int minutes, string setting = "deadline", TeamId? team = null) =>
        new(team ?? Sample.Team, s_at.AddMinutes(minutes), RepId.From("admin/1"), setting, "Monday 07:00", "Monday 07:30");

    [Fact]
    public async Task ListRecentAsync_ReturnsNewestFirst_UpToMax()
    {
        var log = await CreateLogAsync();
        foreach (var minutes in new[] { 5, 1, 9, 3, 7 })
        {
            await log.AppendAsync(Entry(minutes), s_none);
        }

        var recent = await log.ListRecentAsync(Sample.Team, 3, s_none);
        var all = await log.ListRecentAsync(Sample.Team, 100, s_none);

        Assert.Equal([Entry(9), Entry(7), Entry(5)], recent);
        Assert.Equal([9, 7, 5, 3, 1], all.Select(e => (int)(e.At - s_at).TotalMinutes));
    }

    [Fact]
    public async Task AppendAsync_SameChangeIdTwice_IsInTheLogOnce_WhileEntriesWithoutIdAreAlwaysAdded()
    {
        var log = await CreateLogAsync();
        var change = Entry(1) with { ChangeId = "c0ffee" };

        await log.AppendAsync(change, s_none);
        await log.AppendAsync(change, s_none);
        await log.AppendAsync(Entry(2), s_none);
        await log.AppendAsync(Entry(2), s_none);

        var all = await log.ListRecentAsync(Sample.Team, 10, s_none);
        Assert.Equal([Entry(2), Entry(2), change], all);
    }

    [Fact]
    public async Task ListRecentAsync_TeamsAreIsolated_AndZeroMaxIsEmpty()
    {
        var log = await CreateLogAsync();
        await log.AppendAsync(Entry(1), s_none);
        await log.AppendAsync(Entry(2, team: Sample.OtherTeam), s_none);

        Assert.Equal(Entry(1), Assert.Single(await log.ListRecentAsync(Sample.Team, 10, s_none)));
        Assert.Empty(await log.ListRecentAsync(Sample.Team, 0, s_none));
        Assert.Empty(await log.ListRecentAsync(Sample.TeamsChannelTeam, 10, s_none));
    }

    [Fact]
    public async Task AppendAsync_SameInstantTwice_KeepsBoth()
    {
        var log = await CreateLogAsync();

        await log.AppendAsync(Entry(1, "a"), s_none);
        await log.AppendAsync(Entry(1, "b"), s_none);

        Assert.Equal(["a", "b"], (await log.ListRecentAsync(Sample.Team, 10, s_none)).Select(e => e.Setting).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AppendAsync_NullAndAwkwardValues_RoundTrip()
    {
        var log = await CreateLogAsync();
        var created = new AuditEntry(Sample.TeamsChannelTeam, s_at, RepId.From("admin/1"), "targets", null, "{\"2026-12\":1000000.50}");
        var removed = new AuditEntry(Sample.TeamsChannelTeam, s_at.AddSeconds(1), RepId.From("admin/1"), "holiday #52 / ?", "Weihnachten 🎄\nשלום", null);
        var large = new AuditEntry(Sample.TeamsChannelTeam, s_at.AddSeconds(2), RepId.From("admin/1"), "roster", new string('a', 20_000), new string('b', 20_000));

        await log.AppendAsync(created, s_none);
        await log.AppendAsync(removed, s_none);
        await log.AppendAsync(large, s_none);

        Assert.Equal([large, removed, created], await log.ListRecentAsync(Sample.TeamsChannelTeam, 10, s_none));
    }

    [Fact]
    public async Task AppendAsync_ValueBeyond32KCharacters_IsRefused()
    {
        var log = await CreateLogAsync();
        var entry = new AuditEntry(Sample.Team, s_at, RepId.From("admin"), "roster", null, new string('x', (32 * 1024) + 1));

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(entry, s_none));

        Assert.Empty(await log.ListRecentAsync(Sample.Team, 10, s_none));
    }

    [Fact]
    public async Task ListRecentAsync_NegativeMax_Throws()
    {
        var log = await CreateLogAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.ListRecentAsync(Sample.Team, -1, s_none));
    }
}
