using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryDealStoreTests : DealStoreContract
{
    protected override Task<IDealStore> CreateStoreAsync() => Task.FromResult<IDealStore>(new InMemoryDealStore());
}
