using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Gathers what the monthly review of a team and month m needs (<see cref="RepMonthInput"/> per roster member) and runs
/// <see cref="MonthlyReviewCalculator"/>. Reads only; safe to retry.
/// <list type="bullet">
/// <item>Forecasts of record: <see cref="MonthlyForecastResolver"/> for m and m−1, each month's deadline its due week's,
/// its cutoff its review's posting (else scheduled time); a silent rep's forecast is carried from their record of the month
/// before, resolved the same way up to <see cref="MaxMonthsBack"/> months back (one partition read per month).</item>
/// <item>Snapshots of record: the first of m (<see cref="MonthlyCalendar.DueWeek"/>), the first of m−1 and the last of m−1
/// (<see cref="MonthlyCalendar.LastWeek"/>), each the week's stored snapshot or, without one, the carried one
/// (<see cref="SnapshotResolver"/>), as the weekly summary resolves them.</item>
/// <item>Away: away for m's due week as known by its deadline (away period, a timely skip, or a team holiday recorded in
/// time); excluded from compliance, figures kept. Reps who left by the due week are not in the review.</item>
/// </list>
/// </summary>
public sealed class ComputeMonthlyReview
{
    /// <summary>How far back a forecast is carried from (beyond it, no month overlaps m).</summary>
    public const int MaxMonthsBack = MonthlyCalendar.MonthsCovered - 1;

    private readonly ITeamSettingsStore _teams;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IMonthlyForecastStore _forecasts;
    private readonly IActionLog _actions;

    public ComputeMonthlyReview(
        ITeamSettingsStore teams, IRosterStore roster, ISubmissionStore submissions, IMonthlyForecastStore forecasts, IActionLog actions)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(actions);
        _teams = teams;
        _roster = roster;
        _submissions = submissions;
        _forecasts = forecasts;
        _actions = actions;
    }

    /// <summary>The review of <paramref name="month"/>, or null when the team is unknown.</summary>
    public async Task<MonthlyReview?> ComputeAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        var input = await GatherAsync(team, month, cancellationToken);
        return input is null ? null : MonthlyReviewCalculator.Compute(input);
    }

    /// <summary>What the review of <paramref name="month"/> is computed from, or null when the team is unknown.</summary>
    public async Task<MonthlyReviewInput?> GatherAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        if (await _teams.GetAsync(team, cancellationToken) is not { Value: var settings })
        {
            return null;
        }

        var dueWeek = MonthlyCalendar.DueWeek(month);
        var deadline = ScheduleInstants.For(settings, dueWeek).Deadline;
        var holiday = TeamHoliday.Counts(settings, dueWeek);
        var reps = (await _roster.ListAsync(team, cancellationToken)).Where(r => !r.HasLeftBy(dueWeek)).ToList();
        var records = await ForecastsOfRecordAsync(settings, month, reps, cancellationToken);
        var first = await SnapshotsAsync(settings, dueWeek, reps, cancellationToken);
        var previousFirst = await SnapshotsAsync(settings, MonthlyCalendar.DueWeek(month.AddMonths(-1)), reps, cancellationToken);
        var previousLast = await SnapshotsAsync(settings, MonthlyCalendar.LastWeek(month.AddMonths(-1)), reps, cancellationToken);

        List<RepMonthInput> inputs =
        [
            .. reps.Select(rep => new RepMonthInput(rep, records[0].GetValueOrDefault(rep.Id), records[1].GetValueOrDefault(rep.Id))
            {
                FirstSnapshot = first.GetValueOrDefault(rep.Id),
                PreviousFirstSnapshot = previousFirst.GetValueOrDefault(rep.Id),
                PreviousMonthLastSnapshot = previousLast.GetValueOrDefault(rep.Id),
                Away = holiday || rep.IsAwayFor(dueWeek.Monday, deadline) || first.GetValueOrDefault(rep.Id)?.IsTimelySkip(deadline) == true,
            }),
        ];
        return new MonthlyReviewInput(settings, month, inputs);
    }

    /// <summary>Index 0: the records of m; 1: of m−1 (resolved oldest month first, so each can carry the one before).</summary>
    private async Task<Dictionary<RepId, MonthlyForecastOfRecord>[]> ForecastsOfRecordAsync(
        TeamSettings team, YearMonth month, IReadOnlyList<Rep> reps, CancellationToken cancellationToken)
    {
        var byMonth = new Dictionary<RepId, MonthlyForecastOfRecord>[MaxMonthsBack + 1];
        Dictionary<RepId, MonthlyForecastOfRecord> carried = [];
        for (var back = MaxMonthsBack; back >= 0; back--)
        {
            var resolved = month.AddMonths(-back);
            var submitted = (await _forecasts.ListMonthAsync(team.Id, resolved, cancellationToken)).ToLookup(f => f.Rep);
            var deadline = MonthlyInstants.For(team, resolved).Deadline;
            var cutoff = await MonthlyInstants.ReviewCutoffAsync(_actions, team, resolved, cancellationToken);
            var records = new Dictionary<RepId, MonthlyForecastOfRecord>();
            foreach (var rep in reps)
            {
                var record = MonthlyForecastResolver.Resolve(
                    resolved, [.. submitted[rep.Id]], deadline, cutoff, carried.GetValueOrDefault(rep.Id)?.Forecast);
                if (record is not null)
                {
                    records[rep.Id] = record;
                }
            }

            byMonth[back] = carried = records;
        }

        return byMonth;
    }

    private async Task<Dictionary<RepId, Submission>> SnapshotsAsync(
        TeamSettings team, ForecastWeek week, IReadOnlyList<Rep> reps, CancellationToken cancellationToken)
    {
        var stored = (await _submissions.ListWeekAsync(team.Id, week, cancellationToken)).ToDictionary(s => s.Rep);
        var resolved = new Dictionary<RepId, Submission>();
        foreach (var rep in reps)
        {
            var own = stored.GetValueOrDefault(rep.Id);
            var earlier = SnapshotResolver.NeedsEarlier(own)
                ? await _submissions.GetLatestBeforeAsync(team.Id, rep.Id, week, SnapshotResolver.MaxCarryWeeks, cancellationToken)
                : null;
            if (SnapshotResolver.Resolve(own, earlier, week, team.FiscalYearStartMonth) is { } snapshot)
            {
                resolved[rep.Id] = snapshot;
            }
        }

        return resolved;
    }
}
