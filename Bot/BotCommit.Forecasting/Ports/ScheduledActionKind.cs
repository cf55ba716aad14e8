namespace BotCommit.Forecasting.Ports;

/// <summary>The scheduled actions recorded for idempotency. Persist by name.</summary>
public enum ScheduledActionKind
{
    Unknown = 0,
    Nudge = 1,
    Reminder1 = 2,
    Reminder2 = 3,
    Escalation = 4,
    Summary = 5,
    LateChangePost = 6,
}
