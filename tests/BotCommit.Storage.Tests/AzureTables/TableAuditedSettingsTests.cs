using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableAuditedSettingsTests(AzuriteFixture azurite) : AuditedSettingsContract, IAsyncLifetime
{
    private readonly AzuriteScope _scope = new(azurite);

    protected override async Task<(ITeamSettingsStore Teams, IRosterStore Roster, IAuditLog Audit)> CreateStoresAsync()
    {
        var storage = (await _scope.GetAsync()).Storage;
        return (storage.Teams, storage.Roster, storage.Audit);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();
}
