using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// Recomputes a month's review from exported files alone (issue #18 item 6), as the bot gathers it
/// (<c>ComputeMonthlyReview</c>) and with the domain's calculators:
/// <list type="bullet">
/// <item>roster: the settings' reps who had not left by m's due week (managers cannot be told apart in the settings JSON,
/// so a manager without forecast or snapshot is in the offline review with zeros);</item>
/// <item>forecasts of record for m and m−1: the rows of the monthly forecasts CSV(s), as the bot resolved them;</item>
/// <item>snapshots of record: each week's rows of the submissions CSVs (revisions left out; a (week, rep) in several files
/// is taken from the first), a rep without rows carried from their latest earlier week within the look-back, as the weekly
/// summary does (<see cref="OfflineSummary"/>);</item>
/// <item>away: the settings' away period known by the due week's deadline, or a timely skip that week;</item>
/// <item>the funnel of the due week against the same week one quarter earlier, the TOP lists (size <c>topListSize</c>) and
/// stalled deals from the weeks <see cref="HistoryWeeks"/> back to the due week.</item>
/// </list>
/// The files it needs: the forecasts of m and m−1; the submissions of m's due week and the 13 weeks before it, of m−1's due
/// and last weeks, and of the funnel's comparison week (a week export holds W−1 and W).
/// </summary>
public static class OfflineMonthlyReview
{
    /// <summary>The weeks of snapshot history the TOP lists and stalled deals read (W−13..W, as the summary thread does).</summary>
    public const int HistoryWeeks = 14;

    /// <summary>The weeks whose snapshots of record the review of <paramref name="month"/> reads, oldest first.</summary>
    public static IReadOnlyList<ForecastWeek> WeeksNeeded(YearMonth month, int fiscalYearStartMonth)
    {
        var due = MonthlyCalendar.DueWeek(month);
        var weeks = new SortedSet<DateOnly>
        {
            MonthlyCalendar.DueWeek(month.AddMonths(-1)).Monday,
            MonthlyCalendar.LastWeek(month.AddMonths(-1)).Monday,
            FunnelCalendar.SameWeekOneQuarterEarlier(due, fiscalYearStartMonth).Monday,
        };
        for (var back = 0; back < HistoryWeeks; back++)
        {
            weeks.Add(due.Monday.AddDays(-7 * back));
        }

        return [.. weeks.Select(ForecastWeek.FromMonday)];
    }

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
        var due = MonthlyCalendar.DueWeek(month);
        var deadline = ScheduleInstants.For(settings, due).Deadline;
        var holiday = TeamHoliday.Counts(settings, due);
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
        var reps = roster.Where(r => !r.HasLeftBy(due)).ToList();
        Submission? Snapshot(Rep rep, ForecastWeek week) =>
            OfflineSummary.Resolve(byRep.GetValueOrDefault(rep.Id) ?? [], week, settings);

        var inputs = reps.Select(rep => new RepMonthInput(rep, records.GetValueOrDefault((rep.Id, month)), records.GetValueOrDefault((rep.Id, month.AddMonths(-1))))
        {
            FirstSnapshot = Snapshot(rep, due),
            PreviousFirstSnapshot = Snapshot(rep, MonthlyCalendar.DueWeek(month.AddMonths(-1))),
            PreviousMonthLastSnapshot = Snapshot(rep, MonthlyCalendar.LastWeek(month.AddMonths(-1))),
            Away = holiday || rep.IsAwayFor(due.Monday, deadline) || Snapshot(rep, due)?.IsTimelySkip(deadline) == true,
        }).ToList();
        var review = MonthlyReviewCalculator.Compute(new MonthlyReviewInput(settings, month, inputs));

        var comparison = FunnelCalendar.SameWeekOneQuarterEarlier(due, settings.FiscalYearStartMonth);
        var funnel = FunnelCalculator.Compute(
            due,
            settings.FiscalYearStartMonth,
            [.. reps.Select(r => Snapshot(r, due)).OfType<Submission>()],
            [.. reps.Select(r => Snapshot(r, comparison)).OfType<Submission>()]);

        var histories = reps.Select(rep => new RepSnapshotHistory(
            rep.Id,
            rep.DisplayName.Length > 0 ? rep.DisplayName : rep.Id.Value,
            Enumerable.Range(0, HistoryWeeks).Select(back => Snapshot(rep, ForecastWeek.FromMonday(due.Monday.AddDays(-7 * back)))).OfType<Submission>())).ToList();
        var lists = TopListCalculator.Compute(due, settings.FiscalYearStartMonth, histories, topListSize);
        var stalled = StalledDealCalculator.Stalled(due, histories);
        return new MonthlyReviewContent(review, funnel, lists, stalled);
    }
}
