namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// How many due actions ended in each <see cref="ActionOutcome"/>. <see cref="Failed"/> includes
/// <see cref="DeliveryUnknown"/> (both are recorded as failed); the latter are sends interrupted by a stopped instance.
/// </summary>
public sealed record ActionCounts(int Due, int Sent, int AlreadyHandled, int Failed, int Deferred, int Errors, int DeliveryUnknown)
{
    public static ActionCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
