using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// One action the planner found due: <see cref="Kind"/> for <see cref="Subject"/> (the rep's or manager's id, or
/// <see cref="ActionRecord.TeamSubject"/> for the summary), scheduled at <see cref="DueAt"/>. <see cref="Person"/> is
/// the recipient of personal messages (the rep, or the manager for an escalation); <see cref="Missing"/> lists an
/// escalation's missing reps; <see cref="Late"/> marks a summary posted after the call. Create with the factories.
/// </summary>
public sealed record DueAction
{
    private DueAction(ScheduledActionKind kind, string subject, DateTimeOffset dueAt, Rep? person, IReadOnlyList<Rep> missing, bool late)
    {
        Kind = kind;
        Subject = subject;
        DueAt = dueAt;
        Person = person;
        Missing = missing;
        Late = late;
    }

    public ScheduledActionKind Kind { get; }

    public string Subject { get; }

    public DateTimeOffset DueAt { get; }

    public Rep? Person { get; }

    public IReadOnlyList<Rep> Missing { get; }

    public bool Late { get; }

    /// <summary>1 or 2 for reminders, else 0.</summary>
    public int ReminderNumber => Kind switch
    {
        ScheduledActionKind.Reminder1 => 1,
        ScheduledActionKind.Reminder2 => 2,
        _ => 0,
    };

    public static DueAction Nudge(Rep rep, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return new DueAction(ScheduledActionKind.Nudge, rep.Id.Value, dueAt, rep, [], late: false);
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 or 2.</exception>
    public static DueAction Reminder(Rep rep, int number, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(rep);
        var kind = number switch
        {
            1 => ScheduledActionKind.Reminder1,
            2 => ScheduledActionKind.Reminder2,
            _ => throw new ArgumentOutOfRangeException(nameof(number), number, "Reminders are numbered 1 and 2."),
        };
        return new DueAction(kind, rep.Id.Value, dueAt, rep, [], late: false);
    }

    /// <exception cref="ArgumentException"><paramref name="missing"/> is empty.</exception>
    public static DueAction Escalation(Rep manager, IReadOnlyList<Rep> missing, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Count == 0)
        {
            throw new ArgumentException("An escalation names at least one missing rep.", nameof(missing));
        }

        return new DueAction(ScheduledActionKind.Escalation, manager.Id.Value, dueAt, manager, missing.ToArray(), late: false);
    }

    public static DueAction Summary(DateTimeOffset dueAt, bool late) =>
        new(ScheduledActionKind.Summary, ActionRecord.TeamSubject, dueAt, null, [], late);
}
