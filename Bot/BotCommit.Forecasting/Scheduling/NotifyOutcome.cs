namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The result of one send by an <see cref="IRepNotifier"/> or <see cref="ISummaryPublisher"/>:
/// <see cref="Sent"/>, <see cref="Unreachable"/> (with a reason shown in the schedule's status) or
/// <see cref="RetryLater"/>. A <see cref="NotifyOutcomeKind.RetryLater"/> action is retried once its claim
/// lease has expired (see <see cref="ScheduleRunOptions.ClaimLease"/>), not on the next minute.
/// </summary>
public sealed record NotifyOutcome
{
    /// <summary>The longest reason kept; longer ones are cut (the reason is stored with the action record).</summary>
    public const int MaxReasonLength = 500;

    private NotifyOutcome(NotifyOutcomeKind kind, string? reason)
    {
        Kind = kind;
        Reason = reason;
    }

    /// <summary>Delivered.</summary>
    public static NotifyOutcome Sent { get; } = new(NotifyOutcomeKind.Sent, null);

    public NotifyOutcomeKind Kind { get; }

    /// <summary>Why it was not sent; null for <see cref="Sent"/>. Never user content or tokens.</summary>
    public string? Reason { get; }

    /// <summary>The person cannot be reached this week, e.g. <c>"no conversation reference"</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static NotifyOutcome Unreachable(string reason) =>
        new(NotifyOutcomeKind.Unreachable, Cut(Guard.Text(reason, int.MaxValue, nameof(reason))));

    /// <summary>A transient failure; the action is tried again after the claim lease.</summary>
    public static NotifyOutcome RetryLater(string? reason = null) =>
        new(NotifyOutcomeKind.RetryLater, string.IsNullOrWhiteSpace(reason) ? null : Cut(reason));

    private static string Cut(string reason) => reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
}
