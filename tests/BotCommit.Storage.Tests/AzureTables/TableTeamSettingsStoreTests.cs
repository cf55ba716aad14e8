using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableTeamSettingsStoreTests(AzuriteFixture azurite) : TeamSettingsStoreContract, IAsyncLifetime
{
    private readonly AzuriteScope _scope = new(azurite);

    protected override async Task<ITeamSettingsStore> CreateStoreAsync() => (await _scope.GetAsync()).Storage.Teams;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();
}
