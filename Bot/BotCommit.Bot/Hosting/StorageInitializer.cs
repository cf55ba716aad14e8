using BotCommit.Storage.AzureTables;

namespace BotCommit.Bot.Hosting;

/// <summary>Creates the tables at startup so the first request does not pay for it (and a bad connection fails loudly).</summary>
internal sealed class StorageInitializer(AzureTablesStorage storage, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.InitializeAsync(cancellationToken);
        Log.StorageReady(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
