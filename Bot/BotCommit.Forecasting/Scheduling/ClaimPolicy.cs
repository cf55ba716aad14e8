namespace BotCommit.Forecasting.Scheduling;

/// <summary>Which existing action records may be taken over by a new claim.</summary>
internal enum ClaimPolicy
{
    Unknown = 0,

    /// <summary>Only abandoned claims (older than the lease): the scheduled path.</summary>
    Scheduled = 1,

    /// <summary>Also failed actions: a manual "nudge now" retries a rep who was unreachable.</summary>
    RetryFailed = 2,

    /// <summary>Also completed actions: an explicitly forced manual trigger sends again.</summary>
    Force = 3,
}
