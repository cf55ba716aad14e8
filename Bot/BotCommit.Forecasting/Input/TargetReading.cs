using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A target read from what was typed: its kind, its key (<c>yyyy-MM</c>: the month, or the quarter's first month, as
/// targets are keyed), the period read and the amount (null = remove the target) — or the <see cref="Problem"/>.
/// </summary>
public sealed record TargetReading(TargetKind Kind, string Key, TargetProblem? Problem)
{
    public bool IsRead => Problem is null;

    public YearMonth? Month { get; init; }

    public FiscalQuarter? Quarter { get; init; }

    /// <summary>The target; null removes it.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The most specific reason an amount was refused ("1.200.000" reads two ways), when there was one.</summary>
    public InputError? AmountError { get; init; }

    public string AmountText { get; init; } = string.Empty;

    /// <summary><paramref name="targets"/> with this target set (or removed when <see cref="Amount"/> is null).</summary>
    public Dictionary<string, decimal> ApplyTo(IReadOnlyDictionary<string, decimal> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var updated = new Dictionary<string, decimal>(targets, StringComparer.Ordinal);
        if (Amount is { } value)
        {
            updated[Key] = value;
        }
        else
        {
            updated.Remove(Key);
        }

        return updated;
    }

    internal static TargetReading Refused(TargetProblem problem) => new(TargetKind.Unknown, string.Empty, problem);
}
