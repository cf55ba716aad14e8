namespace BotCommit.Forecasting.Scheduling;

/// <summary>What happened when a notifier tried to reach someone. See <see cref="NotifyOutcome"/>.</summary>
public enum NotifyOutcomeKind
{
    Unknown = 0,

    /// <summary>Delivered (Teams accepted the message).</summary>
    Sent = 1,

    /// <summary>Permanently unreachable this week (no conversation, bot blocked or uninstalled): do not retry every minute.</summary>
    Unreachable = 2,

    /// <summary>Transient failure after the protocol layer's own retries (throttled, connector down): try again later.</summary>
    RetryLater = 3,
}
