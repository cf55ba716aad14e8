namespace BotCommit.Forecasting.Scheduling;

/// <summary>How many due actions ended in each <see cref="ActionOutcome"/>.</summary>
public sealed record ActionCounts(int Due, int Sent, int AlreadyHandled, int Failed, int Deferred, int Errors)
{
    public static ActionCounts None { get; } = new(0, 0, 0, 0, 0, 0);
}
