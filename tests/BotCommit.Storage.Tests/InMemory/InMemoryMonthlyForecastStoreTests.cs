using BotCommit.Forecasting.Ports;
using BotCommit.Storage.Tests.Contracts;
using BotCommit.Testing.InMemory;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryMonthlyForecastStoreTests : MonthlyForecastStoreContract
{
    protected override Task<IMonthlyForecastStore> CreateStoreAsync() => Task.FromResult<IMonthlyForecastStore>(new InMemoryMonthlyForecastStore());
}
