using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;

namespace BotCommit.Exchange;

/// <summary>
/// Recomputes a week's summary from exported files, exactly as the bot does (<see cref="ComputeWeeklySummary"/>):
/// the roster is the settings' reps (inactive ones left out, except leavers: see <see cref="TeamWeekSnapshots.Concerns"/>), each rep's W and W-1 snapshots are resolved by
/// <see cref="SnapshotResolver"/> from the rows of the file (a rep without rows for a week is carried from their latest
/// earlier week in the file, at most <see cref="ComputeWeeklySummary.MaxCarryWeeks"/> weeks back), the deadline is the
/// settings' weekly time in the team's zone (<see cref="LocalWeeklyTime.InstantIn"/>) and decides who is late from
/// <c>submitted_at</c>, and <see cref="WeeklySummaryCalculator"/> computes every figure.
/// </summary>
public static class OfflineSummary
{
    /// <summary>The team id files are read under (the exchange formats do not name the team).</summary>
    public static TeamId Team { get; } = TeamId.From("offline");

    /// <summary>
    /// Reads both files and computes the summary of <paramref name="week"/>. Every problem is reported with its
    /// location (CSV line and column, JSON path), never thrown; a rep in the CSV who is not in the settings' reps is
    /// an error on that rep's first row.
    /// </summary>
    public static OfflineSummaryResult Compute(string submissionsCsv, string settingsJson, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(submissionsCsv);
        ArgumentNullException.ThrowIfNull(settingsJson);
        var submissions = SubmissionsCsv.Read(submissionsCsv, Team);
        var settings = TeamSettingsJson.Read(settingsJson, Team);
        if (!submissions.Succeeded || !settings.Succeeded)
        {
            return new OfflineSummaryResult(null, submissions.Errors, settings.Errors);
        }

        var roster = settings.Reps.Select(r => r.Id).ToHashSet();
        var strangers = submissions.FirstLineOfRep
            .Where(p => !roster.Contains(p.Key))
            .OrderBy(p => p.Value)
            .Select(p => new CsvError(p.Value, SubmissionColumns.Position(SubmissionColumns.RepId), SubmissionColumns.RepId, $"rep \"{p.Key}\" is not in the settings' reps; add them there (\"active\": false to leave them out)"))
            .ToList();
        if (strangers.Count > 0)
        {
            return new OfflineSummaryResult(null, strangers, []);
        }

        var summary = Compute(settings.Settings!, settings.Reps, submissions.Submissions, week);
        return new OfflineSummaryResult(summary, [], [])
        {
            Accuracy = Accuracy(settings.Settings!, settings.Reps, submissions.Submissions, week),
        };
    }

    /// <summary>The summary of <paramref name="week"/> from already parsed inputs (all of <paramref name="settings"/>' team).</summary>
    /// <exception cref="ArgumentException">A submission of another team, or two for the same (week, rep).</exception>
    /// <exception cref="TimeZoneNotFoundException">The settings' zone is not known on this machine.</exception>
    public static WeeklySummary Compute(TeamSettings settings, IReadOnlyList<Rep> roster, IReadOnlyList<Submission> submissions, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        var byRep = new Dictionary<RepId, Dictionary<ForecastWeek, Submission>>();
        foreach (var submission in submissions)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            if (submission.Team != settings.Id)
            {
                throw new ArgumentException($"A submission of team '{submission.Team}' was passed for '{settings.Id}'.", nameof(submissions));
            }

            if (!byRep.TryGetValue(submission.Rep, out var weeks))
            {
                weeks = [];
                byRep.Add(submission.Rep, weeks);
            }

            if (!weeks.TryAdd(submission.Week, submission))
            {
                throw new ArgumentException($"Two submissions of rep '{submission.Rep}' for {submission.Week}.", nameof(submissions));
            }
        }

        var inputs = new List<RepWeekInput>(roster.Count);
        foreach (var rep in roster.Where(r => TeamWeekSnapshots.Concerns(r, week)))
        {
            var weeks = byRep.GetValueOrDefault(rep.Id) ?? [];
            inputs.Add(new RepWeekInput(rep, ResolveFor(rep, weeks, week, settings), ResolveFor(rep, weeks, week.Previous, settings)));
        }

        var deadline = ScheduleInstants.For(settings, week).Deadline;
        return WeeklySummaryCalculator.Compute(new SummaryInput(settings, week, deadline, inputs));
    }

    /// <summary>
    /// Each rep's accuracy history as of <paramref name="week"/> (the one the rep's summary card shows), over the weeks
    /// W-13..W of the file resolved as each week's summary resolved them (a silent week is its carried snapshot), as
    /// <see cref="Forecasting.Summary.ComposeWeeklySummary"/> does. An export holds only W-1 and W; a file with more weeks
    /// (the golden scenarios) measures more.
    /// </summary>
    public static IReadOnlyDictionary<RepId, AccuracyHistory> Accuracy(TeamSettings settings, IReadOnlyList<Rep> roster, IReadOnlyList<Submission> submissions, ForecastWeek week)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        var result = new Dictionary<RepId, AccuracyHistory>();
        foreach (var rep in roster.Where(r => r.Active))
        {
            var weeks = submissions.Where(s => s.Rep == rep.Id).ToDictionary(s => s.Week);
            var resolved = new List<Submission>();
            for (var back = SnapshotResolver.MaxCarryWeeks; back >= 0; back--)
            {
                if (Resolve(weeks, ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back)), settings) is { } snapshot)
                {
                    resolved.Add(snapshot);
                }
            }

            result[rep.Id] = AccuracyCalculator.Compute(rep.Id, week, resolved);
        }

        return result;
    }

    // A leaver's week is the left snapshot the export wrote (bookings and unassigned deals), never a carry.
    private static Submission? ResolveFor(Rep rep, Dictionary<ForecastWeek, Submission> weeks, ForecastWeek week, TeamSettings settings) =>
        rep.HasLeftBy(week) ? weeks.GetValueOrDefault(week) : Resolve(weeks, week, settings);

    // Mirrors ComputeWeeklySummary: the rep's own snapshot, and the latest earlier one within the look-back when
    // there is none (or a skip without deals); SnapshotResolver decides.
    internal static Submission? Resolve(Dictionary<ForecastWeek, Submission> weeks, ForecastWeek week, TeamSettings settings)
    {
        var own = weeks.GetValueOrDefault(week);
        Submission? earlier = null;
        if (SnapshotResolver.NeedsEarlier(own))
        {
            var candidate = week;
            for (var back = 0; back < SnapshotResolver.MaxCarryWeeks && earlier is null; back++)
            {
                candidate = candidate.Previous;
                earlier = weeks.GetValueOrDefault(candidate);
            }
        }

        return SnapshotResolver.Resolve(own, earlier, week, settings.FiscalYearStartMonth);
    }
}
