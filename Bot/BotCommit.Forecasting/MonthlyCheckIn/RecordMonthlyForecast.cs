using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Records a rep's monthly forecast for month m (write-once, with the clock's instant; nothing is ever replaced). The
/// values are checked first (<see cref="MonthlyForecastRules.Check"/>, the team's amount ceiling included): broken rules
/// come back as codes and nothing is stored. What a stored submission becomes follows the weekly card
/// (<see cref="MonthlyForecastResolver"/> decides the record from the instants):
/// <list type="bullet">
/// <item>until the deadline of m's due week, every submission is on time and the latest one is the record (edit until the
/// deadline);</item>
/// <item>after it, the rep's first submission for m, if it arrives no later than the review (its posting, or its
/// scheduled time), is the late record;</item>
/// <item>anything else is a revision: kept with its instant, it pre-fills next month's card but never changes m's record.</item>
/// </list>
/// The same save redelivered (same rep, month and instant) is kept once.
/// </summary>
public sealed class RecordMonthlyForecast
{
    private readonly IMonthlyForecastStore _forecasts;
    private readonly IActionLog _actions;
    private readonly TimeProvider _clock;

    public RecordMonthlyForecast(IMonthlyForecastStore forecasts, IActionLog actions, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(clock);
        _forecasts = forecasts;
        _actions = actions;
        _clock = clock;
    }

    /// <summary>
    /// Records what the rep of <paramref name="view"/> (the authenticated sender's card) entered for the view's month.
    /// </summary>
    public async Task<RecordMonthlyForecastResult> RecordAsync(
        MonthlyCheckInView view, IReadOnlyList<MonthlyForecastEntry> entries, string? actionPlan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(entries);
        var broken = MonthlyForecastRules.Check(view.Month, entries, actionPlan, view.Team.AmountCeiling);
        if (broken.Count > 0)
        {
            return RecordMonthlyForecastResult.Refused(broken);
        }

        var now = _clock.GetUtcNow();
        var forecast = MonthlyForecastRules.Build(view.Team.Id, view.Rep.Id, view.Month, entries, actionPlan, now) with
        {
            RepName = view.Rep.DisplayName,
        };
        var instants = MonthlyInstants.For(view.Team, view.Month);
        var kind = MonthlySubmissionKind.OnTime;
        if (instants.IsPastDeadline(now))
        {
            var earlier = await _forecasts.ListRepAsync(view.Team.Id, view.Month, view.Rep.Id, cancellationToken);
            var cutoff = await MonthlyInstants.ReviewCutoffAsync(_actions, view.Team, view.Month, cancellationToken);
            kind = earlier.Any(f => f.SubmittedAt < now) || now > cutoff ? MonthlySubmissionKind.Revision : MonthlySubmissionKind.Late;
        }

        await _forecasts.AddAsync(forecast, cancellationToken);
        var receipt = view with
        {
            Latest = forecast,
            Draft = view.Draft with
            {
                Months = [.. view.Draft.Months.Select(m => m with { Forecast = forecast.ForecastFor(m.Month), Upside = forecast.LineFor(m.Month)!.Upside })],
                PrefilledFrom = view.Month,
            },
            PastDeadline = instants.IsPastDeadline(now),
        };
        return new RecordMonthlyForecastResult([]) { Stored = forecast, Kind = kind, Receipt = receipt };
    }
}
