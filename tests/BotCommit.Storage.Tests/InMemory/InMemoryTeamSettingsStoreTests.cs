using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryTeamSettingsStoreTests : TeamSettingsStoreContract
{
    protected override Task<ITeamSettingsStore> CreateStoreAsync() => Task.FromResult<ITeamSettingsStore>(new InMemoryTeamSettingsStore());
}
