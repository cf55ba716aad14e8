using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// What the receipt shows in place of the check-in card after an action was recorded. <see cref="CardRev"/> is the
/// revision after recording (the receipt's "Edit" carries it). <see cref="Deadline"/> is in the team's time zone;
/// <see cref="Late"/> says the action came after it (accepted, but marked late). Create with the factories.
/// </summary>
public sealed record CheckInReceiptModel
{
    private CheckInReceiptModel(CheckInReceiptKind kind, ForecastWeek week, int cardRev, DateTimeOffset deadline, bool late)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cardRev);
        Kind = kind;
        Week = week;
        CardRev = cardRev;
        Deadline = deadline;
        Late = late;
    }

    public CheckInReceiptKind Kind { get; }

    public ForecastWeek Week { get; }

    public int CardRev { get; }

    public DateTimeOffset Deadline { get; }

    public bool Late { get; }

    /// <summary>
    /// Recorded after the week's snapshot of record, as a revision: "recorded after the deadline — last week's commit is
    /// unchanged" (the record stays what the summary counted).
    /// </summary>
    public bool Revision { get; init; }

    /// <summary>The deals as recorded (Submitted and Confirmed), else empty.</summary>
    public IReadOnlyList<DealForecast> Deals { get; private init; } = [];

    /// <summary>The rep's totals after recording (Submitted and Confirmed), else null.</summary>
    public RepTotals? Totals { get; private init; }

    public string Currency { get; private init; } = "USD";

    public DateOnly? AwayUntil { get; private init; }

    public string? SkipReason { get; private init; }

    /// <summary>A recorded submission; <paramref name="unchanged"/> for "No changes — confirm as is".</summary>
    public static CheckInReceiptModel ForSubmission(
        ForecastWeek week,
        int cardRev,
        IReadOnlyList<DealForecast> deals,
        RepTotals totals,
        string currency,
        DateTimeOffset deadline,
        bool late,
        bool unchanged = false)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        if (deals.Any(d => d is null))
        {
            throw new ArgumentException("Deals cannot hold null.", nameof(deals));
        }

        return new CheckInReceiptModel(unchanged ? CheckInReceiptKind.Confirmed : CheckInReceiptKind.Submitted, week, cardRev, deadline, late)
        {
            Deals = deals,
            Totals = totals,
            Currency = currency,
        };
    }

    public static CheckInReceiptModel ForAway(ForecastWeek week, int cardRev, DateOnly until, DateTimeOffset deadline, bool late) =>
        new(CheckInReceiptKind.Away, week, cardRev, deadline, late) { AwayUntil = until };

    public static CheckInReceiptModel ForSkip(ForecastWeek week, int cardRev, string reason, DateTimeOffset deadline, bool late)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (reason.Length > Submission.MaxSkipReasonLength)
        {
            throw new ArgumentException($"Must be at most {Submission.MaxSkipReasonLength} characters.", nameof(reason));
        }

        return new(CheckInReceiptKind.Skipped, week, cardRev, deadline, late) { SkipReason = reason };
    }
}
