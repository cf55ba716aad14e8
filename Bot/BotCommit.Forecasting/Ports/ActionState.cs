namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The state of a delivery's record (<see cref="Deliveries.DeliveryRunner"/>): <see cref="Claimed"/> by a sender, marked
/// <see cref="Sending"/> when its first request goes on the wire, then <see cref="Completed"/>, <see cref="Failed"/>
/// (unreachable, or delivery unknown), or back to a claim when the send is known not to have happened; each save is
/// checked against the version written before it. <see cref="Pending"/> is a delivery asked for and owned by nobody yet.
/// Persist by name.
/// </summary>
public enum ActionState
{
    Unknown = 0,

    /// <summary>Not delivered yet (the send answered "retry later" or threw): may be taken over after the lease.</summary>
    Claimed = 1,

    Completed = 2,

    Failed = 3,

    /// <summary>Claimed and handed to the notifier: if this outlives the lease, the delivery is unknown and the action is not re-sent automatically.</summary>
    Sending = 4,

    /// <summary>Asked for (a late change to post) or given back after a refused attempt; any sender may claim it at once.</summary>
    Pending = 5,
}
