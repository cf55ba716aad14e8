using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemorySubmissionStoreTests : SubmissionStoreContract
{
    protected override Task<ISubmissionStore> CreateStoreAsync() => Task.FromResult<ISubmissionStore>(new InMemorySubmissionStore());
}
