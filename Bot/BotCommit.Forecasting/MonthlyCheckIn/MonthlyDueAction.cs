using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// One monthly action found due by <see cref="MonthlySchedulePlanner"/>: <see cref="Kind"/> (<see cref="ScheduledActionKind.MonthlyNudge"/>
/// .. <see cref="ScheduledActionKind.MonthlyReview"/>) for <see cref="Subject"/> (the rep's or manager's id, or
/// <see cref="ActionRecord.TeamSubject"/> for the review), recorded under m's due week. <see cref="Person"/> is the
/// recipient of personal messages, <see cref="Missing"/> an escalation's missing reps.
/// </summary>
public sealed record MonthlyDueAction(ScheduledActionKind Kind, string Subject, YearMonth Month, DateTimeOffset DueAt)
{
    public Rep? Person { get; init; }

    public IReadOnlyList<Rep> Missing { get; init; } = [];
}
