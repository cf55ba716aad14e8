using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using BotCommit.Bot.Conversations;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Issue #9, storage outage at the door: when the de-duplication table cannot be reached, the activity is not refused
/// (the endpoint would answer 500); its id is remembered in the process, so a redelivery to this instance is still
/// caught. Both shapes of the SDK's failure are covered: one try (RequestFailedException) and several (AggregateException),
/// which Storage turns into its one StorageUnavailableException.
/// </summary>
public sealed class TableActivityDeduplicatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task TryBegin_TableUnreachable_ProceedsAndStillCatchesTheRedeliveryInProcess(int sdkRetries)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = sdkRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var nobodyListens = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ClosedPort()}/devstoreaccount1"));
        var storage = new AzureTablesStorage(AzuriteServer.ConnectionStringFor(nobodyListens), options: options);
        var deduplicator = new TableActivityDeduplicator(
            storage.Activities, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero)),
            NullLogger<TableActivityDeduplicator>.Instance);

        var first = await deduplicator.TryBeginAsync("a:1", "f:outage", CancellationToken.None);
        var redelivery = await deduplicator.TryBeginAsync("a:1", "f:outage", CancellationToken.None);
        var another = await deduplicator.TryBeginAsync("a:1", "f:other", CancellationToken.None);
        var elsewhere = await deduplicator.TryBeginAsync("a:2", "f:outage", CancellationToken.None);

        Assert.Equal((true, false, true, true), (first, redelivery, another, elsewhere));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
