using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// What a check-in card action means. Exactly one of the nested records; bad input is <see cref="Invalid"/>, never
/// an exception.
/// </summary>
public abstract record CheckInParseResult
{
    private CheckInParseResult()
    {
    }

    /// <summary>
    /// A valid submission: every current deal (with the rep's changes) followed by the new deals, whose ids come from
    /// <see cref="CheckInParseContext.NewDealId"/>.
    /// </summary>
    public sealed record Submitted(IReadOnlyList<DealForecast> Deals) : CheckInParseResult;

    /// <summary>"No changes — confirm as is": record the current deals unchanged.</summary>
    public sealed record NoChanges : CheckInParseResult;

    /// <summary>The rep is away until <see cref="Until"/> (inclusive).</summary>
    public sealed record Away(DateOnly Until) : CheckInParseResult;

    /// <summary>The rep skips this week; <see cref="Reason"/> is trimmed, non-empty, as typed (escape it for display).</summary>
    public sealed record Skip(string Reason) : CheckInParseResult;

    /// <summary>Show the card again with one more new-deal slot; <see cref="Draft"/> keeps what was typed.</summary>
    public sealed record AddDealSlot(CheckInDraft Draft) : CheckInParseResult;

    /// <summary>Show another page of deals (<see cref="CheckInDraft.Page"/>); <see cref="Draft"/> keeps what was typed.</summary>
    public sealed record ChangePage(CheckInDraft Draft) : CheckInParseResult;

    /// <summary>"Edit" on the receipt: show the editable card again, built from the stored state.</summary>
    public sealed record Edit : CheckInParseResult;

    /// <summary>Show the card again with <see cref="Draft"/> and a message per error.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors, CheckInDraft Draft) : CheckInParseResult;

    /// <summary>
    /// The card is out of date or was tampered with; nothing in it was saved. For a card older than the stored state
    /// (<see cref="StaleReason.Superseded"/>: another device saved in between) <see cref="Draft"/> keeps what the rep typed
    /// that cannot conflict with the newer state (their new deals, the away date and skip reason); the deals both devices
    /// saw show the stored values.
    /// </summary>
    public sealed record Stale(StaleReason Reason) : CheckInParseResult
    {
        public CheckInDraft? Draft { get; init; }
    }
}
