using Azure.Core;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Storage.Tests.Azurite;

/// <summary>
/// An <see cref="AzureTablesStorage"/> on the collection's Azurite with its own table-name prefix, so every test
/// starts with empty tables; the tables are dropped again on dispose.
/// </summary>
public sealed class AzuriteStorage
{
    private AzuriteStorage(AzureTablesStorage storage, TableServiceClient service)
    {
        Storage = storage;
        Service = service;
    }

    public AzureTablesStorage Storage { get; }

    /// <summary>A raw client on the same account, to look at rows the way the stores wrote them.</summary>
    public TableServiceClient Service { get; }

    /// <summary>Fail fast instead of the SDK's default retries (a 500 would otherwise take ~5 s).</summary>
    public static TableClientOptions FastOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    public static async Task<AzuriteStorage> CreateAsync(AzuriteFixture azurite, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var prefix = "t" + Guid.NewGuid().ToString("N")[..15];
        var storage = new AzureTablesStorage(azurite.ConnectionString, prefix, options ?? FastOptions());
        await storage.InitializeAsync(CancellationToken.None);
        return new AzuriteStorage(storage, new TableServiceClient(azurite.ConnectionString, FastOptions()));
    }

    public TableClient Table(string name) => Service.GetTableClient(Storage.TablePrefix + name);

    public Task DropTablesAsync() => Storage.DeleteTablesAsync(CancellationToken.None);
}
