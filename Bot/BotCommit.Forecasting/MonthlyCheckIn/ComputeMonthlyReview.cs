using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// Reads what the monthly review of a team and month m needs from the stores and composes it
/// (<see cref="MonthlyReviewComposition.Compose"/>: figures, funnel, TOP lists of the team's size, stalled deals). Reads only;
/// safe to retry. Store reads, bounded whatever the history:
/// <list type="bullet">
/// <item>Forecasts of record: <see cref="MonthlyForecastResolver"/> for m and m−1, each month's deadline its due week's,
/// its cutoff its review's posting (else scheduled time); a silent rep's forecast is carried from their record of the month
/// before, resolved the same way up to <see cref="MaxMonthsBack"/> months back (one forecast-partition read and one
/// action-record read per month: 12 of each).</item>
/// <item>Snapshots of record: one <c>ListWeekAsync</c> per week of <see cref="MonthlyReviewComposition.WeeksNeeded"/>
/// (14 or 15 weeks, one contiguous range), and one <c>GetLatestBeforeAsync</c> per member who has nothing to carry from in
/// that range's first week (a rep silent for weeks); each (rep, week) is then resolved in memory as the weekly summary
/// resolves it (<see cref="SnapshotResolver"/>, looking back <see cref="SnapshotResolver.MaxCarryWeeks"/> weeks).</item>
/// <item>The roster and the team settings: one read each.</item>
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

    /// <summary>The review's figures of <paramref name="month"/>, or null when the team is unknown.</summary>
    public async Task<MonthlyReview?> ComputeAsync(TeamId team, YearMonth month, CancellationToken cancellationToken) =>
        (await ComposeAsync(team, month, cancellationToken))?.Review;

    /// <summary>The whole review of <paramref name="month"/> (figures, funnel, TOP lists, stalled deals), or null when the team is unknown.</summary>
    public async Task<MonthlyReviewContent?> ComposeAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        if (await ReadAsync(team, month, cancellationToken) is not { } read)
        {
            return null;
        }

        return MonthlyReviewComposition.Compose(
            read.Settings, month, read.Reps, read.Forecasts, read.PreviousForecasts, read.Snapshot, TopListSize.OrDefault(read.Settings.TopListSize));
    }

    /// <summary>What the review's figures of <paramref name="month"/> are computed from, or null when the team is unknown.</summary>
    public async Task<MonthlyReviewInput?> GatherAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        if (await ReadAsync(team, month, cancellationToken) is not { } read)
        {
            return null;
        }

        return MonthlyReviewComposition.Input(read.Settings, month, read.Reps, read.Forecasts, read.PreviousForecasts, read.Snapshot);
    }

    private async Task<StoreRead?> ReadAsync(TeamId team, YearMonth month, CancellationToken cancellationToken)
    {
        if (await _teams.GetAsync(team, cancellationToken) is not { Value: var settings })
        {
            return null;
        }

        var reps = MonthlyReviewComposition.Members(month, await _roster.ListAsync(team, cancellationToken));
        var records = await ForecastsOfRecordAsync(settings, month, reps, cancellationToken);
        var snapshots = await SnapshotsAsync(settings, month, reps, cancellationToken);
        return new StoreRead(settings, reps, records[0], records[1], (rep, week) => snapshots.GetValueOrDefault(rep.Id)?.Resolve(week));
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

    /// <summary>Each member's stored snapshots of the weeks needed (and, when needed, their latest one before them).</summary>
    private async Task<Dictionary<RepId, StoredSnapshots>> SnapshotsAsync(
        TeamSettings team, YearMonth month, IReadOnlyList<Rep> reps, CancellationToken cancellationToken)
    {
        var weeks = MonthlyReviewComposition.WeeksNeeded(month, team.FiscalYearStartMonth);
        var byRep = reps.ToDictionary(r => r.Id, _ => new StoredSnapshots(team.FiscalYearStartMonth));
        for (var week = weeks[0]; week <= weeks[^1]; week = week.Next)
        {
            foreach (var snapshot in await _submissions.ListWeekAsync(team.Id, week, cancellationToken))
            {
                if (byRep.TryGetValue(snapshot.Rep, out var stored))
                {
                    stored.Weeks[snapshot.Week] = snapshot;
                }
            }
        }

        foreach (var (rep, stored) in byRep)
        {
            if (SnapshotResolver.NeedsEarlier(stored.Weeks.GetValueOrDefault(weeks[0])))
            {
                var earlier = await _submissions.GetLatestBeforeAsync(team.Id, rep, weeks[0], SnapshotResolver.MaxCarryWeeks, cancellationToken);
                if (earlier is not null && earlier.Week < weeks[0])
                {
                    stored.Weeks[earlier.Week] = earlier;
                }
            }
        }

        return byRep;
    }

    private sealed record StoreRead(
        TeamSettings Settings,
        IReadOnlyList<Rep> Reps,
        Dictionary<RepId, MonthlyForecastOfRecord> Forecasts,
        Dictionary<RepId, MonthlyForecastOfRecord> PreviousForecasts,
        Func<Rep, ForecastWeek, Submission?> Snapshot);

    /// <summary>One rep's stored snapshots; a week resolves to its own or the latest earlier one within the look-back.</summary>
    private sealed class StoredSnapshots(int fiscalYearStartMonth)
    {
        public SortedList<ForecastWeek, Submission> Weeks { get; } = [];

        public Submission? Resolve(ForecastWeek week)
        {
            var own = Weeks.GetValueOrDefault(week);
            var earliest = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * SnapshotResolver.MaxCarryWeeks));
            var earlier = SnapshotResolver.NeedsEarlier(own) ? Weeks.Values.LastOrDefault(s => s.Week < week && s.Week >= earliest) : null;
            return SnapshotResolver.Resolve(own, earlier, week, fiscalYearStartMonth);
        }
    }
}
