using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryCallStoreTests : CallStoreContract
{
    protected override Task<ICallStore> CreateStoreAsync() => Task.FromResult<ICallStore>(new InMemoryCallStore());
}
