using BotCommit.Forecasting.Deliveries;

namespace BotCommit.Testing.Scheduling;

/// <summary>A delivery mark for sends a test makes outside any delivery record: it records nothing.</summary>
public sealed class NoMark : IDeliveryMark
{
    public static NoMark Instance { get; } = new();

    public Task OnWireAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RefusedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
