using System.Globalization;
using Azure.Core;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Activities;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class InboundActivityLogTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private const string Conversation = "a:1personal-chat-opaque-id";
    private static readonly DateTimeOffset s_noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly AzuriteScope _scope = new(azurite);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    private async Task<InboundActivityLog> LogAsync() => (await _scope.GetAsync()).Storage.Activities;

    [Fact]
    public async Task TryRecordAsync_FirstTimeTrue_RedeliveryFalse()
    {
        var log = await LogAsync();

        var first = await log.TryRecordAsync(Conversation, "1:abc", s_noon, s_none);
        var again = await log.TryRecordAsync(Conversation, "1:abc", s_noon.AddSeconds(3), s_none);
        var other = await log.TryRecordAsync(Conversation, "1:abd", s_noon, s_none);

        Assert.Equal((true, false, true), (first, again, other));
    }

    [Fact]
    public async Task TryRecordAsync_SameIdInTwoConversations_AreTwoActivities()
    {
        var log = await LogAsync();

        var alice = await log.TryRecordAsync("a:alice", "1764400210456", s_noon, s_none);
        var bob = await log.TryRecordAsync("a:bob", "1764400210456", s_noon, s_none);
        var noConversation = await log.TryRecordAsync(string.Empty, "1764400210456", s_noon, s_none);
        var aliceAgain = await log.TryRecordAsync("a:alice", "1764400210456", s_noon.AddSeconds(5), s_none);
        var bobAgain = await log.TryRecordAsync("a:bob", "1764400210456", s_noon.AddSeconds(5), s_none);

        Assert.Equal((true, true, true, false, false), (alice, bob, noConversation, aliceAgain, bobAgain));
    }

    [Fact]
    public async Task TryRecordAsync_ConversationIdsThatOnlyDifferAroundTheSeparator_StayApart()
    {
        var log = await LogAsync();

        Assert.True(await log.TryRecordAsync("a|b", "c", s_noon, s_none));
        Assert.True(await log.TryRecordAsync("a", "b|c", s_noon, s_none));
        Assert.True(await log.TryRecordAsync(new string('x', 2000), "c", s_noon, s_none));
        Assert.True(await log.TryRecordAsync(new string('x', 1999) + "y", "c", s_noon, s_none));
        Assert.False(await log.TryRecordAsync(new string('x', 2000), "c", s_noon, s_none));
    }

    [Fact]
    public async Task TryRecordAsync_ConcurrentDeliveries_ExactlyOneIsFirst()
    {
        var log = await LogAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => log.TryRecordAsync(Conversation, "f:race", s_noon, s_none)));

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task TryRecordAsync_RedeliveryJustAfterUtcMidnight_IsRecognised()
    {
        var log = await LogAsync();
        var beforeMidnight = new DateTimeOffset(2026, 12, 6, 23, 59, 50, TimeSpan.Zero);

        await log.TryRecordAsync(Conversation, "1:midnight", beforeMidnight, s_none);
        var redelivered = await log.TryRecordAsync(Conversation, "1:midnight", beforeMidnight.AddSeconds(20), s_none);
        var inOtherOffset = await log.TryRecordAsync(Conversation, "1:midnight", new DateTimeOffset(2026, 12, 7, 1, 0, 30, TimeSpan.FromHours(1)), s_none);

        Assert.False(redelivered);
        Assert.False(inOtherOffset);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task TryRecordAsync_AwkwardIds_AreDeduplicated(string id)
    {
        var log = await LogAsync();

        var first = await log.TryRecordAsync(Conversation, id, s_noon, s_none);
        var again = await log.TryRecordAsync(Conversation, id, s_noon, s_none);

        Assert.Equal((true, false), (first, again));
    }

    [Fact]
    public async Task TryRecordAsync_VeryLongIds_AreHashedAndStillDistinct()
    {
        var log = await LogAsync();
        var a = new string('a', 3000);
        var b = new string('a', 2999) + "b";

        Assert.True(await log.TryRecordAsync(Conversation, a, s_noon, s_none));
        Assert.True(await log.TryRecordAsync(Conversation, b, s_noon, s_none));
        Assert.False(await log.TryRecordAsync(Conversation, a, s_noon, s_none));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_DropsOldDaysOnly()
    {
        var storage = await _scope.GetAsync();
        var log = storage.Storage.Activities;
        foreach (var daysAgo in new[] { 5, 3, 2, 1, 0 })
        {
            await log.TryRecordAsync(Conversation, $"id-{daysAgo}", s_noon.AddDays(-daysAgo), s_none);
        }

        for (var i = 0; i < 150; i++)
        {
            await log.TryRecordAsync(Conversation, $"bulk-{i}", s_noon.AddDays(-4), s_none);
        }

        var deleted = await log.DeleteOlderThanAsync(s_noon, keepDays: 2, s_none);

        Assert.Equal(152, deleted);
        Assert.True(await log.TryRecordAsync(Conversation, "id-5", s_noon.AddDays(-5), s_none));
        Assert.True(await log.TryRecordAsync(Conversation, "id-3", s_noon.AddDays(-3), s_none));
        Assert.False(await log.TryRecordAsync(Conversation, "id-2", s_noon.AddDays(-2), s_none));
        Assert.False(await log.TryRecordAsync(Conversation, "id-0", s_noon, s_none));
        var days = new HashSet<string>();
        await foreach (var row in storage.Table("Activities").QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: s_none))
        {
            days.Add(row.PartitionKey);
        }

        Assert.Equal(["2026-12-02", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"], days.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_ThousandsOfRows_StreamsPageByPageAndDeletesOnlyOldDays()
    {
        var recorder = new RequestRecorder();
        var options = AzuriteStorage.FastOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var storage = await AzuriteStorage.CreateAsync(azurite, options);
        try
        {
            var table = storage.Table("Activities");
            var old = new Dictionary<int, int> { [9] = 1_150, [6] = 1_250, [4] = 700 };
            var kept = new Dictionary<int, int> { [2] = 900, [1] = 400, [0] = 200 };
            foreach (var (daysAgo, count) in old.Concat(kept))
            {
                await SeedAsync(table, s_noon.AddDays(-daysAgo), count);
            }

            recorder.Clear();
            var deleted = await storage.Storage.Activities.DeleteOlderThanAsync(s_noon, keepDays: 2, s_none);

            Assert.Equal(old.Values.Sum(), deleted);
            var queries = recorder.Requests.Select((r, i) => (r, i)).Where(x => x.r.Method == "GET").Select(x => x.i).ToList();
            var batches = recorder.Requests.Select((r, i) => (r, i)).Where(x => x.r.Method == "POST" && x.r.Uri.Contains("$batch", StringComparison.Ordinal)).Select(x => x.i).ToList();
            Assert.True(queries.Count >= old.Values.Sum() / InboundActivityLog.DeletePageSize, $"{queries.Count} query pages");
            Assert.All(queries, i => Assert.Contains("$top=" + InboundActivityLog.DeletePageSize, recorder.Requests[i].Uri, StringComparison.Ordinal));
            Assert.True(batches[0] < queries[^1], "deleting starts before the last page is read (the table is never loaded whole)");
            Assert.True(batches.Count >= old.Values.Sum() / 100, $"{batches.Count} transactions");
            var left = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: s_none))
            {
                left[row.PartitionKey] = left.GetValueOrDefault(row.PartitionKey) + 1;
            }

            Assert.Equal(
                kept.OrderBy(p => -p.Key).Select(p => (Day(s_noon.AddDays(-p.Key)), p.Value)),
                left.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
        }
        finally
        {
            await storage.DropTablesAsync();
        }
    }

    [Fact]
    public async Task DeleteOlderThanAsync_TwoInstancesAtOnce_DeleteEveryOldRowOnceBetweenThem()
    {
        var storage = await _scope.GetAsync();
        var table = storage.Table("Activities");
        await SeedAsync(table, s_noon.AddDays(-5), 1_200);
        var second = new InboundActivityLog(table);

        var counts = await Task.WhenAll(
            storage.Storage.Activities.DeleteOlderThanAsync(s_noon, keepDays: 2, s_none),
            second.DeleteOlderThanAsync(s_noon, keepDays: 2, s_none));

        Assert.Equal(1_200, counts.Sum());
        Assert.Empty(await table.QueryAsync<TableEntity>(cancellationToken: s_none).ToListAsync());
    }

    [Fact]
    public async Task DeleteOlderThanAsync_KeepingNoDay_IsRefused()
    {
        var log = await LogAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.DeleteOlderThanAsync(s_noon, 0, s_none));
    }

    // Rows written the way the log writes them, 100 per transaction (seeding thousands one by one would take minutes).
    private static async Task SeedAsync(TableClient table, DateTimeOffset receivedAt, int count)
    {
        var day = Day(receivedAt);
        var rows = Enumerable.Range(0, count).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add,
            new TableEntity(day, InboundActivityLog.RowKey("a:conversation-" + (i % 37).ToString(CultureInfo.InvariantCulture), day + "-" + i.ToString(CultureInfo.InvariantCulture)))
            {
                ["ReceivedAt"] = receivedAt,
            }));
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk, s_none);
        }
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
