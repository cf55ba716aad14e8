namespace BotCommit.Forecasting.Ports;

/// <summary>The state of a scheduled action's record. Persist by name.</summary>
public enum ActionState
{
    Unknown = 0,
    Claimed = 1,
    Completed = 2,
    Failed = 3,
}
