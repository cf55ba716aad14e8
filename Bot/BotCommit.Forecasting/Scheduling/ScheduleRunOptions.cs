namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// How scheduled actions are executed. <see cref="MaxConcurrency"/> bounds how many sends are in flight at once
/// (the protocol layer's rate limiter sits below, so keep it modest). <see cref="ClaimLease"/> is how long a claim
/// protects an action that is not finished: a claim older than that (a crashed instance, or a send that threw) may be
/// taken over, so it is also the retry delay after an error. A <see cref="NotifyOutcomeKind.RetryLater"/> (Teams still
/// throttling after the connector's retries) does not wait for it: the next tick sends again.
/// </summary>
public sealed record ScheduleRunOptions
{
    public const int MaxAllowedConcurrency = 256;

    public static ScheduleRunOptions Default { get; } = new();

    public int MaxConcurrency
    {
        get;
        init => field = value is >= 1 and <= MaxAllowedConcurrency
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), value, $"Must be 1..{MaxAllowedConcurrency}.");
    } = 8;

    public TimeSpan ClaimLease
    {
        get;
        init => field = value > TimeSpan.Zero && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ClaimLease), value, "Must be positive and at most a day.");
    } = TimeSpan.FromMinutes(10);
}
