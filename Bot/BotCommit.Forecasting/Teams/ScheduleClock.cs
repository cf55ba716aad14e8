namespace BotCommit.Forecasting.Teams;

/// <summary>Which clock a scheduled time is read on. Persist by name.</summary>
public enum ScheduleClock
{
    Unknown = 0,

    /// <summary>The rep's own time zone (falls back to the team's).</summary>
    RepLocal = 1,

    /// <summary>The team's time zone.</summary>
    TeamLocal = 2,
}
