namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// Where a manual fan-out stands: how many deliveries it has (<see cref="Total"/>), how many of them were deferred at
/// once because the rep's week has not opened yet on their clock (<see cref="NotYetOpen"/>, also counted in
/// <see cref="Done"/>'s <see cref="ActionCounts.Deferred"/>), and the outcomes so far. Reported after each delivery.
/// </summary>
public sealed record ManualTriggerProgress(int Total, int NotYetOpen, ActionCounts Done)
{
    /// <summary>Deliveries not finished yet (waiting for a rate-limit permit or on the wire).</summary>
    public int Queued => Math.Max(0, Total - Done.Due);

    /// <summary>Teams pushed back (429 or 5xx after the retries): the delivery stays claimed and is retried later.</summary>
    public int Throttled => Math.Max(0, Done.Deferred - NotYetOpen);

    /// <summary>Unreachable, delivery unknown, or an unexpected error.</summary>
    public int Failed => Done.Failed + Done.Errors;
}
