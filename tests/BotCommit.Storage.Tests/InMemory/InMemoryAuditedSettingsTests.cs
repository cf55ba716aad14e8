using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryAuditedSettingsTests : AuditedSettingsContract
{
    protected override Task<(ITeamSettingsStore Teams, IRosterStore Roster, IAuditLog Audit)> CreateStoresAsync() =>
        Task.FromResult<(ITeamSettingsStore, IRosterStore, IAuditLog)>((new InMemoryTeamSettingsStore(), new InMemoryRosterStore(), new InMemoryAuditLog()));
}
