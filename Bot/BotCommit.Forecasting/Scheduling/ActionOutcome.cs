namespace BotCommit.Forecasting.Scheduling;

/// <summary>What running one due action did.</summary>
public enum ActionOutcome
{
    Unknown = 0,

    /// <summary>Claimed and sent; recorded as completed.</summary>
    Sent = 1,

    /// <summary>Not sent: completed already, or claimed by another tick or instance.</summary>
    AlreadyHandled = 2,

    /// <summary>The recipient is unreachable; recorded as failed with the reason, not retried by the schedule.</summary>
    Failed = 3,

    /// <summary>A transient failure; the claim is kept and the action is retried after the lease.</summary>
    Deferred = 4,

    /// <summary>An unexpected exception (see <see cref="ActionError"/>); the claim is retried after the lease.</summary>
    Error = 5,

    /// <summary>
    /// Found an earlier send that was handed to the notifier but never recorded (the instance stopped while sending):
    /// it may or may not have arrived, so it is recorded as failed ("delivery unknown") and not sent again automatically.
    /// </summary>
    DeliveryUnknown = 6,
}
