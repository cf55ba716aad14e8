using BotCommit.Exchange;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>
/// <c>export month</c>'s content (issues #18 item 6 and #19 item 1), read from storage when a file is asked for:
/// <list type="bullet">
/// <item>the forecasts of record as the bot gathers them for the post (<see cref="ComputeMonthlyReview.GatherAsync"/>, read by
/// <see cref="MonthlyReviewCalculator"/>: the forecasts of record of m and m−1 resolved at the review's posting, the
/// snapshots of record of m's and m−1's first weeks and m−1's last week);</item>
/// <item>the snapshots of record of every week the offline review reads (<see cref="OfflineMonthlyReview.WeeksNeeded"/>),
/// each resolved as that week's summary resolved it (<see cref="ComposeWeeklySummary"/>: one composition of m's due week
/// gives W−13..W; a week outside them — the funnel's comparison week in a 14-week quarter — is composed on its own), and
/// the revisions after each;</item>
/// <item>the review itself as the post composes it (<see cref="ComputeMonthlyReview.ComposeAsync"/>: figures, funnel, TOP lists
/// with the team's N, stalled deals);</item>
/// <item>the team settings JSON of today's settings and roster.</item>
/// </list>
/// </summary>
internal sealed class MonthExport(ComputeMonthlyReview reviews, ComposeWeeklySummary compose, ISubmissionStore submissions, IRosterStore roster)
{
    /// <summary>The content of <paramref name="month"/>'s export, or null when nobody is in its review (no reps).</summary>
    public async Task<MonthExportContent?> ContentAsync(TeamSettings team, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (await reviews.GatherAsync(team.Id, month, cancellationToken) is not { Reps.Count: > 0 } input)
        {
            return null;
        }

        var reps = await roster.ListAsync(team.Id, cancellationToken);
        var names = reps.Where(r => r.DisplayName.Length > 0).ToDictionary(r => r.Id, r => r.DisplayName);
        var weeks = OfflineMonthlyReview.WeeksNeeded(month, team.FiscalYearStartMonth);
        var due = MonthlyCalendar.DueWeek(month);
        var composition = await compose.ComposeAsync(team, due, late: false, cancellationToken);
        var snapshots = composition.History.Values.SelectMany(h => h).Where(s => weeks.Contains(s.Week)).ToList();
        var firstComposed = ForecastWeek.FromMonday(due.Monday.AddDays(-7 * (OfflineMonthlyReview.HistoryWeeks - 1)));
        foreach (var week in weeks.Where(w => w < firstComposed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var earlier = await compose.ComposeAsync(team, week, late: false, cancellationToken);
            snapshots.AddRange(earlier.Snapshots.Values);
        }

        var revisions = new List<Submission>();
        foreach (var week in weeks)
        {
            revisions.AddRange(await submissions.ListRevisionsAsync(team.Id, week, cancellationToken));
        }

        string NameOf(RepId rep, string fallback) => names.GetValueOrDefault(rep, fallback);
        var ordered = snapshots
            .DistinctBy(s => (s.Week, s.Rep))
            .OrderBy(s => s.Week)
            .ThenBy(s => NameOf(s.Rep, s.RepName), StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Rep.Value, StringComparer.Ordinal)
            .ToList();
        List<MonthlyForecastOfRecord> Ordered(IEnumerable<MonthlyForecastOfRecord?> records) =>
        [
            .. records.OfType<MonthlyForecastOfRecord>()
                .OrderBy(r => NameOf(r.Forecast.Rep, r.Forecast.RepName), StringComparer.OrdinalIgnoreCase)
                .ThenBy(r => r.Forecast.Rep.Value, StringComparer.Ordinal),
        ];
        var forecasts = Ordered(input.Reps.Select(r => r.Forecast));
        var previous = Ordered(input.Reps.Select(r => r.PreviousForecast));
        var settings = input.Team;
        // The content is the post's own composition (figures, funnel, TOP lists, stalled deals); the files above are what the
        // offline review recomputes it from.
        var composed = await reviews.ComposeAsync(team.Id, month, cancellationToken) ?? throw new InvalidOperationException("The team was found a moment ago.");
        return new MonthExportContent(month, forecasts, previous, ordered, revisions, names, composed, TeamSettingsJson.Write(settings, reps));
    }
}
