using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableOrgTreeStoreTests(AzuriteFixture azurite) : OrgTreeStoreContract, IAsyncLifetime
{
    private readonly AzuriteScope _scope = new(azurite);

    protected override async Task<IOrgTreeStore> CreateStoreAsync() => (await _scope.GetAsync()).Storage.OrgTree;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();
}
