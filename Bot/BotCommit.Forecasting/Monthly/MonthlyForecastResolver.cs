using System.Globalization;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// Decides a rep's monthly forecast of record for month m, the monthly twin of the weekly snapshot of record (pure):
/// <list type="number">
/// <item>the latest submission recorded at or before the deadline (on time); ties on the instant go to the later one in
/// the list;</item>
/// <item>without one, the first submission recorded after the deadline but no later than the review (its posting, or its
/// scheduled time where none is posted) (late);</item>
/// <item>without any, the previous forecast of record carried into m (<see cref="Carry"/>) (carried, not confirmed);</item>
/// <item>with nothing to carry, none (null).</item>
/// </list>
/// A submission recorded after the review is a revision: kept by the caller with its instant, it pre-fills the next card
/// but never replaces the forecast of record, so nobody improves last month's plan achievement afterwards.
/// </summary>
public static class MonthlyForecastResolver
{
    /// <param name="month">m.</param>
    /// <param name="submissions">Every submission of the rep for m, each with its <see cref="MonthlyForecast.SubmittedAt"/>.</param>
    /// <param name="deadline">The deadline instant of m's due week (<see cref="MonthlyCalendar.DueWeek"/>).</param>
    /// <param name="reviewCutoff">The instant the review was posted, or its scheduled time where none was posted.</param>
    /// <param name="previous">The rep's forecast of record for an earlier month (normally m−1), carried when nothing was submitted.</param>
    public static MonthlyForecastOfRecord? Resolve(
        YearMonth month,
        IReadOnlyList<MonthlyForecast> submissions,
        DateTimeOffset deadline,
        DateTimeOffset reviewCutoff,
        MonthlyForecast? previous)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Check(month, submissions, previous);

        var onTime = submissions
            .Select((s, index) => (s, index))
            .Where(x => x.s.SubmittedAt <= deadline)
            .OrderBy(x => x.s.SubmittedAt)
            .ThenBy(x => x.index)
            .LastOrDefault().s;
        if (onTime is not null)
        {
            return new MonthlyForecastOfRecord(onTime, MonthlyForecastState.OnTime);
        }

        var late = submissions
            .Select((s, index) => (s, index))
            .Where(x => x.s.SubmittedAt > deadline && x.s.SubmittedAt <= reviewCutoff)
            .OrderBy(x => x.s.SubmittedAt)
            .ThenBy(x => x.index)
            .FirstOrDefault().s;
        if (late is not null)
        {
            return new MonthlyForecastOfRecord(late, MonthlyForecastState.Late);
        }

        return previous is not null && Carry(previous, month) is { } carried
            ? new MonthlyForecastOfRecord(carried, MonthlyForecastState.Carried)
            : null;
    }

    /// <summary>
    /// <paramref name="source"/> carried into <paramref name="month"/>: the months both cover keep its forecast and upside,
    /// the others are 0; no action plan (it was for another month); <c>SubmittedAt</c> null. Null when they share no month.
    /// Carrying a forecast into its own month returns it without action plan and instant.
    /// </summary>
    public static MonthlyForecast? Carry(MonthlyForecast source, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(source);
        var offset = MonthlyCalendar.MonthsBetween(source.Month, month);
        if (offset < 0 || offset >= MonthlyCalendar.MonthsCovered)
        {
            return null;
        }

        MonthForecastLine[] lines =
        [
            .. MonthlyCalendar.Window(month).Select(m => source.LineFor(m) ?? new MonthForecastLine(m, 0m, 0m)),
        ];
        return new MonthlyForecast(source.Team, source.Rep, month, lines) { RepName = source.RepName };
    }

    private static void Check(YearMonth month, IReadOnlyList<MonthlyForecast> submissions, MonthlyForecast? previous)
    {
        foreach (var submission in submissions)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            if (submission.Month != month || submission.SubmittedAt is null)
            {
                throw new ArgumentException(
                    $"A submission for {submission.Month} (submitted at {submission.SubmittedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "no instant"}) passed for {month}.",
                    nameof(submissions));
            }

            if (submission.Rep != submissions[0].Rep || submission.Team != submissions[0].Team)
            {
                throw new ArgumentException("The submissions belong to different reps.", nameof(submissions));
            }
        }

        if (previous is null)
        {
            return;
        }

        if (MonthlyCalendar.MonthsBetween(previous.Month, month) <= 0)
        {
            throw new ArgumentException($"The previous forecast is for {previous.Month}, not before {month}.", nameof(previous));
        }

        if (submissions.Count > 0 && (previous.Rep != submissions[0].Rep || previous.Team != submissions[0].Team))
        {
            throw new ArgumentException("The previous forecast belongs to another rep.", nameof(previous));
        }
    }
}
