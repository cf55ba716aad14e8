namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Which existing records a new claim may take over (a record that is absent or <c>Pending</c> is always claimable; a
/// <c>Claimed</c> one only once its lease has run out) and what happens to a send that threw. A send that answers "retry
/// later" (nothing arrived) is always released as <c>Pending</c>.
/// </summary>
public sealed record ClaimPolicy
{
    private ClaimPolicy()
    {
    }

    /// <summary>The schedule: only abandoned claims; a stale "sending" record is recorded as delivery unknown, not re-sent.</summary>
    public static ClaimPolicy Scheduled { get; } = new();

    /// <summary>
    /// A manual trigger for one person ("nudge now @rep"): also failed records and stale "sending" ones (the admin
    /// decided for that person).
    /// </summary>
    public static ClaimPolicy RetryFailed { get; } = new() { TakesFailed = true, TakesDeliveryUnknown = true };

    /// <summary>
    /// A manual trigger for everyone ("nudge now"): failed records (unreachable before) are tried again, but not those
    /// whose delivery is unknown — they may have arrived, and only an admin's choice per person sends them again.
    /// </summary>
    public static ClaimPolicy RetryUnreachable { get; } = new() { TakesFailed = true };

    /// <summary>An explicitly forced manual trigger: also completed records (send again).</summary>
    public static ClaimPolicy Force { get; } = new() { TakesFailed = true, TakesDeliveryUnknown = true, TakesCompleted = true };

    /// <summary>
    /// A delivery inside another one's claim (a summary's root and replies, its late changes): failed ones are tried again
    /// (not those whose delivery is unknown), and a refused attempt is given back as pending so the next attempt of the
    /// whole may take it at once.
    /// </summary>
    public static ClaimPolicy Nested { get; } = new() { TakesFailed = true, ReleasesOnError = true };

    /// <summary>
    /// Once per occasion (a welcome or setup card per install): a completed delivery may be sent again once
    /// <paramref name="quietPeriod"/> has passed since it (two install events closer than that are one install).
    /// </summary>
    public static ClaimPolicy AgainAfter(TimeSpan quietPeriod) => new() { CompletedAgainAfter = quietPeriod };

    public bool TakesFailed { get; private init; }

    /// <summary>Also failed records whose delivery is unknown, and stale "sending" ones.</summary>
    public bool TakesDeliveryUnknown { get; private init; }

    public bool TakesCompleted { get; private init; }

    public TimeSpan? CompletedAgainAfter { get; private init; }

    /// <summary>A send that threw leaves the record <c>Pending</c> (claimable at once) instead of a claim that waits for its lease.</summary>
    public bool ReleasesOnError { get; private init; }
}
