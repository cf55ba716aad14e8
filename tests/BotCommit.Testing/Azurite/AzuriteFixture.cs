using Xunit;

namespace BotCommit.Testing.Azurite;

/// <summary>
/// One Azurite Table endpoint for a test collection (see <see cref="AzuriteServer"/>: the server named by
/// <c>AZURITE_TABLE_ENDPOINT</c>, else one started from node_modules). When neither works every Azurite test FAILS with the
/// reason — they are never skipped. Each test project declares its own collection of it (xunit looks for collection
/// definitions in the test assembly); every host or store in a test uses its own table prefix.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    /// <summary>Connection string for the Table endpoint (set once initialized).</summary>
    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
