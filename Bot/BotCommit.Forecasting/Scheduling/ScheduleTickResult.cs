namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// What one tick of <see cref="RunScheduleTick"/> did at <see cref="Now"/>: how many teams it looked at, how many
/// of them had nothing to do by rule (paused, or a skipped week), the outcome counts of the due actions, and the
/// errors for the edge to log (at most <c>20</c> action errors are kept; <see cref="ActionCounts.Errors"/> counts all).
/// </summary>
public sealed record ScheduleTickResult(
    DateTimeOffset Now,
    int Teams,
    int TeamsIdle,
    ActionCounts Actions,
    IReadOnlyList<TeamError> TeamErrors,
    IReadOnlyList<ActionError> ActionErrors);
