namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The state of a scheduled action's record. Persist by name. The schedule's runner claims an action as
/// <see cref="Sending"/> just before handing it to the notifier, then records <see cref="Completed"/>,
/// <see cref="Failed"/>, or <see cref="Claimed"/> when the send is known not to have happened; each save is checked
/// against the version written before it.
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
}
