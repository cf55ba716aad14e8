using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Prepares a rep's monthly forecast card (<see cref="MonthlyCheckInView"/>) for month m: the rep's submissions for m (the
/// card shows the latest, so "edit" shows what was sent), else the pre-fill of <see cref="MonthlyForecastPrefill"/> from
/// their latest forecast of an earlier month (at most <see cref="MaxMonthsBack"/> back, revisions included), and for each
/// month the hint from the rep's current pipeline. Membership (who the sender checks in for) is the weekly card's
/// (<see cref="PrepareCheckIn.MembershipAsync(RepId, CancellationToken)"/>).
/// </summary>
public sealed class PrepareMonthlyForecast
{
    /// <summary>How far back a previous forecast pre-fills the card (beyond it, no month overlaps).</summary>
    public const int MaxMonthsBack = MonthlyCalendar.MonthsCovered - 1;

    private readonly PrepareCheckIn _membership;
    private readonly IMonthlyForecastStore _forecasts;
    private readonly IDealStore _deals;
    private readonly TimeProvider _clock;

    public PrepareMonthlyForecast(PrepareCheckIn membership, IMonthlyForecastStore forecasts, IDealStore deals, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(clock);
        _membership = membership;
        _forecasts = forecasts;
        _deals = deals;
        _clock = clock;
    }

    /// <summary>
    /// The card of the person <paramref name="rep"/> (the authenticated sender, never card data) for the month of their
    /// current review week (<see cref="MonthlyInstants.CardMonth"/>); null when they are on no roster.
    /// </summary>
    public async Task<MonthlyCheckInView?> ForSenderAsync(RepId rep, CancellationToken cancellationToken)
    {
        if (await _membership.MembershipAsync(rep, cancellationToken) is not var (team, member))
        {
            return null;
        }

        return await ForAsync(team, member, MonthlyInstants.CardMonth(team, member, _clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The card of a known rep for <paramref name="month"/>.</summary>
    public async Task<MonthlyCheckInView> ForAsync(TeamSettings team, Rep rep, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        var submitted = await _forecasts.ListRepAsync(team.Id, month, rep.Id, cancellationToken);
        var previous = submitted.Count == 0
            ? await _forecasts.GetLatestBeforeAsync(team.Id, rep.Id, month, MaxMonthsBack, cancellationToken)
            : null;
        var pipeline = await _deals.ListAsync(team.Id, rep.Id, cancellationToken);
        return Build(team, rep, month, submitted.Count > 0 ? submitted[^1] : null, previous, pipeline, _clock.GetUtcNow());
    }

    /// <summary>
    /// The card from what the caller read: the rep's latest submission for m (or null), their latest earlier forecast (used
    /// only without one) and their pipeline. Reads nothing.
    /// </summary>
    public static MonthlyCheckInView Build(
        TeamSettings team, Rep rep, YearMonth month, MonthlyForecast? latest, MonthlyForecast? previous, IReadOnlyList<DealForecast> pipeline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (latest is not null && latest.Month != month)
        {
            throw new ArgumentException($"The latest submission is for {latest.Month}, not {month}.", nameof(latest));
        }

        var prefill = MonthlyForecastPrefill.Build(month, latest is null ? previous : null, pipeline);
        var draft = latest is null
            ? prefill
            : prefill with
            {
                Months = [.. prefill.Months.Select(m => m with { Forecast = latest.ForecastFor(m.Month), Upside = latest.LineFor(m.Month)!.Upside })],
                PrefilledFrom = month,
            };
        var instants = MonthlyInstants.For(team, month);
        return new MonthlyCheckInView(team, rep, month, instants.Deadline, draft)
        {
            Latest = latest,
            PastDeadline = instants.IsPastDeadline(now),
        };
    }
}
