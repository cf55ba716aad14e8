using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Computes the monthly review of month m (pure: no clock, no I/O). Who is in it, as in the weekly summary: every active
/// roster member; a member flagged <see cref="Rep.IsManager"/> only when they have a forecast or a snapshot in the input.
/// Team figures sum the reps' amounts and divide those sums, with the team's own month targets. Compliance = reps whose
/// forecast of record is on time ÷ included reps who are not away; null when nobody is expected.
/// </summary>
public static class MonthlyReviewCalculator
{
    public static MonthlyReview Compute(MonthlyReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var month = input.Month;
        var reps = new List<RepMonthlyReview>();
        var teamSums = MonthlySums.Zero;
        foreach (var entry in input.Reps)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(input));
            if (!IsIncluded(entry))
            {
                continue;
            }

            Check(entry, month, input.Team.Id);
            var sums = MonthlySums.Of(month, entry);
            teamSums = teamSums.Add(sums);
            reps.Add(Describe(entry, MonthlyFigures.From(sums, month, entry.Rep.MonthTargets)));
        }

        var expected = reps.Count(r => !r.Away);
        var onTime = reps.Count(r => !r.Away && r.OnTime);
        return new MonthlyReview(input.Team.Id, month, MonthlyFigures.From(teamSums, month, input.Team.MonthTargets), reps)
        {
            ExpectedCount = expected,
            OnTimeCount = onTime,
            Compliance = expected == 0 ? null : (decimal)onTime / expected,
            TeamSums = teamSums,
        };
    }

    private static bool IsIncluded(RepMonthInput entry) =>
        entry.Rep.Active
        && (!entry.Rep.IsManager || entry.Forecast is not null || entry.PreviousForecast is not null
            || entry.FirstSnapshot is not null || entry.PreviousFirstSnapshot is not null || entry.PreviousMonthLastSnapshot is not null);

    private static RepMonthlyReview Describe(RepMonthInput entry, MonthlyFigures figures)
    {
        var forecast = entry.Forecast;
        var name = entry.Rep.DisplayName.Length > 0 ? entry.Rep.DisplayName
            : forecast is { Forecast.RepName.Length: > 0 } ? forecast.Forecast.RepName
            : entry.Rep.Id.Value;
        var own = forecast is { State: not MonthlyForecastState.Carried };
        return new RepMonthlyReview(entry.Rep.Id, name, figures)
        {
            State = forecast?.State,
            Away = entry.Away,
            ActionPlan = own ? forecast!.Forecast.ActionPlan : null,
            SubmittedAt = own ? forecast!.Forecast.SubmittedAt : null,
        };
    }

    private static void Check(RepMonthInput entry, YearMonth month, TeamId team)
    {
        CheckForecast(entry.Forecast, entry.Rep, month, team);
        CheckForecast(entry.PreviousForecast, entry.Rep, month.AddMonths(-1), team);
        CheckSnapshot(entry.FirstSnapshot, entry.Rep, MonthlyCalendar.DueWeek(month), team);
        CheckSnapshot(entry.PreviousFirstSnapshot, entry.Rep, MonthlyCalendar.DueWeek(month.AddMonths(-1)), team);
        CheckSnapshot(entry.PreviousMonthLastSnapshot, entry.Rep, MonthlyCalendar.LastWeek(month.AddMonths(-1)), team);
    }

    private static void CheckForecast(MonthlyForecastOfRecord? record, Rep rep, YearMonth month, TeamId team)
    {
        if (record is { Forecast: var f } && (f.Rep != rep.Id || f.Month != month || f.Team != team))
        {
            throw new ArgumentException($"Forecast of {f.Team}/{f.Month}/{f.Rep} passed for {team}/{month}/{rep.Id}.", nameof(record));
        }
    }

    private static void CheckSnapshot(Submission? snapshot, Rep rep, ForecastWeek week, TeamId team)
    {
        if (snapshot is not null && (snapshot.Rep != rep.Id || snapshot.Week != week || snapshot.Team != team))
        {
            throw new ArgumentException(
                $"Snapshot of {snapshot.Team}/{snapshot.Week}/{snapshot.Rep} passed for {team}/{week}/{rep.Id}.", nameof(snapshot));
        }
    }
}
