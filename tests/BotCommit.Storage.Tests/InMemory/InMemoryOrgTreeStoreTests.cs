using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryOrgTreeStoreTests : OrgTreeStoreContract
{
    protected override Task<IOrgTreeStore> CreateStoreAsync() => Task.FromResult<IOrgTreeStore>(new InMemoryOrgTreeStore());
}
