using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryRosterStoreTests : RosterStoreContract
{
    protected override Task<IRosterStore> CreateStoreAsync() => Task.FromResult<IRosterStore>(new InMemoryRosterStore());
}
