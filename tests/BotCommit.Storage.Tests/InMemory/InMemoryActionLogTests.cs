using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryActionLogTests : ActionLogContract
{
    protected override Task<IActionLog> CreateLogAsync() => Task.FromResult<IActionLog>(new InMemoryActionLog());
}
