using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Activities;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class InboundActivityLogTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly DateTimeOffset s_noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly AzuriteScope _scope = new(azurite);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    private async Task<InboundActivityLog> LogAsync() => (await _scope.GetAsync()).Storage.Activities;

    [Fact]
    public async Task TryRecordAsync_FirstTimeTrue_RedeliveryFalse()
    {
        var log = await LogAsync();

        var first = await log.TryRecordAsync("1:abc", s_noon, s_none);
        var again = await log.TryRecordAsync("1:abc", s_noon.AddSeconds(3), s_none);
        var other = await log.TryRecordAsync("1:abd", s_noon, s_none);

        Assert.Equal((true, false, true), (first, again, other));
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentDeliveries_ExactlyOneIsFirst()
    {
        var log = await LogAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => log.TryRecordAsync("f:race", s_noon, s_none)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task TryRecordAsync_RedeliveryJustAfterUtcMidnight_IsRecognised()
    {
        var log = await LogAsync();
        var beforeMidnight = new DateTimeOffset(2026, 12, 6, 23, 59, 50, TimeSpan.Zero);

        await log.TryRecordAsync("1:midnight", beforeMidnight, s_none);
        var redelivered = await log.TryRecordAsync("1:midnight", beforeMidnight.AddSeconds(20), s_none);
        var inOtherOffset = await log.TryRecordAsync("1:midnight", new DateTimeOffset(2026, 12, 7, 1, 0, 30, TimeSpan.FromHours(1)), s_none);

        Assert.False(redelivered);
        Assert.False(inOtherOffset);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task TryRecordAsync_AwkwardIds_AreDeduplicated(string id)
    {
        var log = await LogAsync();

        var first = await log.TryRecordAsync(id, s_noon, s_none);
        var again = await log.TryRecordAsync(id, s_noon, s_none);

        Assert.Equal((true, false), (first, again));
    }

    [Fact]
    public async Task TryRecordAsync_VeryLongIds_AreHashedAndStillDistinct()
    {
        var log = await LogAsync();
        var a = new string('a', 3000);
        var b = new string('a', 2999) + "b";

        Assert.True(await log.TryRecordAsync(a, s_noon, s_none));
        Assert.True(await log.TryRecordAsync(b, s_noon, s_none));
        Assert.False(await log.TryRecordAsync(a, s_noon, s_none));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_DropsOldDaysOnly()
    {
        var storage = await _scope.GetAsync();
        var log = storage.Storage.Activities;
        foreach (var daysAgo in new[] { 5, 3, 2, 1, 0 })
        {
            await log.TryRecordAsync($"id-{daysAgo}", s_noon.AddDays(-daysAgo), s_none);
        }

        for (var i = 0; i < 150; i++)
        {
            await log.TryRecordAsync($"bulk-{i}", s_noon.AddDays(-4), s_none);
        }

        var deleted = await log.DeleteOlderThanAsync(s_noon, keepDays: 2, s_none);

        Assert.Equal(152, deleted);
        Assert.True(await log.TryRecordAsync("id-5", s_noon.AddDays(-5), s_none));
        Assert.True(await log.TryRecordAsync("id-3", s_noon.AddDays(-3), s_none));
        Assert.False(await log.TryRecordAsync("id-2", s_noon.AddDays(-2), s_none));
        Assert.False(await log.TryRecordAsync("id-0", s_noon, s_none));
        var days = new HashSet<string>();
        await foreach (var row in storage.Table("Activities").QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: s_none))
        {
            days.Add(row.PartitionKey);
        }

        Assert.Equal(["2026-12-02", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"], days.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_KeepingNoDay_IsRefused()
    {
        var log = await LogAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.DeleteOlderThanAsync(s_noon, 0, s_none));
    }
}
