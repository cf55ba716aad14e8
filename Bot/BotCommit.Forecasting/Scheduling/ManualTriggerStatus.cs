namespace BotCommit.Forecasting.Scheduling;

/// <summary>Whether a manual trigger ("nudge now", "summary now") ran, or why not. Persist by name.</summary>
public enum ManualTriggerStatus
{
    Unknown = 0,

    /// <summary>It ran; see the counts for what was sent.</summary>
    Done = 1,

    TeamNotFound = 2,

    /// <summary>The named rep is not on the team's roster.</summary>
    RepNotFound = 3,

    /// <summary>The current week is a holiday (skipped) week.</summary>
    WeekSkipped = 4,

    /// <summary>"Summary now" before the deadline without force: the summary would be incomplete.</summary>
    TooEarly = 5,
}
