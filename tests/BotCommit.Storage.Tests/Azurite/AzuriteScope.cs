namespace BotCommit.Storage.Tests.Azurite;

/// <summary>Creates a test's <see cref="AzuriteStorage"/> on first use; the test drops its tables when it ends.</summary>
public sealed class AzuriteScope(AzuriteFixture azurite)
{
    private AzuriteStorage? _storage;

    public async Task<AzuriteStorage> GetAsync() => _storage ??= await AzuriteStorage.CreateAsync(azurite);

    public async Task DropTablesAsync()
    {
        if (_storage is not null)
        {
            await _storage.DropTablesAsync();
        }
    }
}
