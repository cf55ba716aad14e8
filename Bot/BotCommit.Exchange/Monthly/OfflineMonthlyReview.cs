using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// Recomputes a month's review from exported files alone (issue #18 item 6) with the bot's own composition
/// (<see cref="MonthlyReviewComposition.Compose"/>); this class only reads the files:
/// <list type="bullet">
/// <item>roster: the settings' reps (managers cannot be told apart in the settings JSON, so a manager without forecast or
/// snapshot is in the offline review with zeros);</item>
/// <item>forecasts of record for m and m−1: the rows of the monthly forecasts CSV(s), as the bot resolved them;</item>
/// <item>snapshots of record: each week's rows of the submissions CSVs (revisions left out; a (week, rep) in several files
/// is taken from the first), a rep without rows carried from their latest earlier week within the look-back, as the weekly
/// summary does (<see cref="OfflineSummary"/>);</item>
/// <item>away: the settings' away period known by the due week's deadline, or a timely skip that week.</item>
/// </list>
/// The files it needs: the forecasts of m and m−1; the submissions of the weeks <see cref="WeeksNeeded"/> (a week export
/// holds W−1 and W).
/// </summary>
public static class OfflineMonthlyReview
{
    /// <summary>The weeks of snapshot history the TOP lists and stalled deals read (<see cref="MonthlyReviewComposition.HistoryWeeks"/>).</summary>
    public const int HistoryWeeks = MonthlyReviewComposition.HistoryWeeks;

    /// <summary>The weeks whose snapshots of record the review of <paramref name="month"/> reads, oldest first (<see cref="MonthlyReviewComposition.WeeksNeeded"/>).</summary>
    public static IReadOnlyList<ForecastWeek> WeeksNeeded(YearMonth month, int fiscalYearStartMonth) =>
        MonthlyReviewComposition.WeeksNeeded(month, fiscalYearStartMonth);

    /// <summary>Reads the files and computes the review of <paramref name="month"/>; every problem is returned with its file and place, never thrown.</summary>
    public static OfflineMonthlyReviewResult Compute(
        IReadOnlyList<ExchangeFile> forecastFiles, IReadOnlyList<ExchangeFile> submissionFiles, string settingsJson, YearMonth month, int topListSize = TopListCalculator.DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(forecastFiles);
        ArgumentNullException.ThrowIfNull(submissionFiles);
        ArgumentNullException.ThrowIfNull(settingsJson);
        var team = OfflineSummary.Team;
        var settings = TeamSettingsJson.Read(settingsJson, team);
        var errors = new List<FileCsvError>();
        var forecasts = new List<MonthlyForecastOfRecord>();
        foreach (var file in forecastFiles)
        {
            var read = MonthlyForecastsCsv.Read(file.Text, team);
            errors.AddRange(read.Errors.Select(e => new FileCsvError(file.Name, e)));
            forecasts.AddRange(read.Forecasts);
        }

        var submissions = new List<Submission>();
        foreach (var file in submissionFiles)
        {
            var read = SubmissionsCsv.Read(file.Text, team);
            errors.AddRange(read.Errors.Select(e => new FileCsvError(file.Name, e)));
            submissions.AddRange(read.Submissions);
        }

        if (errors.Count > 0 || !settings.Succeeded)
        {
            return new OfflineMonthlyReviewResult(null, errors, settings.Errors);
        }

        return new OfflineMonthlyReviewResult(Compute(settings.Settings!, settings.Reps, forecasts, submissions, month, topListSize), [], []);
    }

    /// <summary>The review of <paramref name="month"/> from parsed inputs (all of <paramref name="settings"/>' team).</summary>
    public static MonthlyReviewContent Compute(
        TeamSettings settings, IReadOnlyList<Rep> roster, IReadOnlyList<MonthlyForecastOfRecord> forecasts, IReadOnlyList<Submission> submissions, YearMonth month, int topListSize)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(submissions);
        var byRep = new Dictionary<RepId, Dictionary<ForecastWeek, Submission>>();
        foreach (var submission in submissions)
        {
            if (!byRep.TryGetValue(submission.Rep, out var weeks))
            {
                byRep[submission.Rep] = weeks = [];
            }

            weeks.TryAdd(submission.Week, submission);
        }

        var records = forecasts.GroupBy(f => (f.Forecast.Rep, f.Forecast.Month)).ToDictionary(g => g.Key, g => g.First());
        Dictionary<RepId, MonthlyForecastOfRecord> Of(YearMonth m) =>
            records.Where(p => p.Key.Month == m).ToDictionary(p => p.Key.Rep, p => p.Value);
        return MonthlyReviewComposition.Compose(
            settings,
            month,
            roster,
            Of(month),
            Of(month.AddMonths(-1)),
            (rep, week) => OfflineSummary.Resolve(byRep.GetValueOrDefault(rep.Id) ?? [], week, settings),
            topListSize);
    }
}
