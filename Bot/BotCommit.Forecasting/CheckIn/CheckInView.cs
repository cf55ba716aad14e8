using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// A rep's check-in for one review week, as prepared by <see cref="PrepareCheckIn"/> for the nudge, <c>commit</c>, a card
/// action and the receipt: the team and the rep, the week, its deadline (in the team's offset, shown as is), the deals the
/// card shows — the week's submission when there is one (so "edit" shows what was sent), else the rep's pipeline (open
/// deals plus this quarter's Won and Lost) — and their totals.
/// </summary>
public sealed record CheckInView(TeamSettings Team, Rep Rep, ForecastWeek Week, DateTimeOffset Deadline, IReadOnlyList<DealForecast> Deals)
{
    /// <summary>The week's stored submission, or null when the rep has not submitted (or skipped) it.</summary>
    public Submission? Submission { get; init; }

    /// <summary>
    /// The version of <see cref="Submission"/> (null: none stored) when the view was read for a save (a rep's own turn),
    /// so recording does not read it again; a nudge's view is not (<see cref="ReadForSave"/> false).
    /// </summary>
    public string? SubmissionVersion { get; init; }

    public bool ReadForSave { get; init; }

    public RepTotals Totals { get; init; } = RepTotals.Zero;

    /// <summary>
    /// The card's open deals that are stalled as of the rep's latest snapshot of record (W-1), from their own snapshots of
    /// record only (<see cref="PrepareCheckIn.WithStalledAsync"/>, on turns that show the card); empty when not computed (a nudge's view, a submission turn).
    /// </summary>
    public IReadOnlyList<Pipeline.StalledDeal> Stalled { get; init; } = [];

    /// <summary>The deadline had passed when the view was prepared: a submission is accepted but late.</summary>
    public bool PastDeadline { get; init; }

    /// <summary>The revision of the stored state the card is drawn from (<see cref="CardRevision"/>).</summary>
    public int CardRevision => CheckIn.CardRevision.Of(Submission);
}
