using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The result of <see cref="NudgeNow"/> or <see cref="SummaryNow"/>: the status, the week it applied to (null
/// when the team is unknown) and the outcome counts; <see cref="ActionCounts.AlreadyHandled"/> counts people or
/// summaries skipped because they were already sent this week (send again with force).
/// </summary>
public sealed record ManualTriggerResult(ManualTriggerStatus Status, ForecastWeek? Week, ActionCounts Actions, IReadOnlyList<ActionError> Errors)
{
    internal static ManualTriggerResult Refused(ManualTriggerStatus status, ForecastWeek? week) => new(status, week, ActionCounts.None, []);
}
