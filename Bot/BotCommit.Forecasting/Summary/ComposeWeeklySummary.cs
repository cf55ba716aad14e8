using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Composes the week's summary from one read pass: the roster, and the team's snapshots of W-14..W (one partition read
/// per week). That one pass feeds the snapshot resolution of W and W-1 (<see cref="SnapshotResolver"/>, looking back at
/// most <see cref="SnapshotResolver.MaxCarryWeeks"/> weeks, as <see cref="UseCases.ComputeWeeklySummary"/> does), the
/// figures (<see cref="WeeklySummaryCalculator"/>, deadline from <see cref="ScheduleInstants"/>), the deals the card
/// names and each rep's accuracy history (<see cref="AccuracyCalculator"/>, which measures W-1 back to W-13 and needs the
/// following week of each, over the same resolved snapshots of record: a carried week counts as carried). Leavers are
/// resolved by <see cref="TeamWeekSnapshots"/> (their last snapshot of record read on its own when older than W-14). Reads only.
/// </summary>
public sealed class ComposeWeeklySummary
{
    /// <summary>How many weeks before W are read: W-13 is the last measured week, W-14 lets W-1 carry as far back as W does.</summary>
    public const int WeeksBack = SnapshotResolver.MaxCarryWeeks + 1;

    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;

    public ComposeWeeklySummary(IRosterStore roster, ISubmissionStore submissions)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        _roster = roster;
        _submissions = submissions;
    }

    public async Task<WeeklySummaryComposition> ComposeAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var reps = await _roster.ListAsync(team.Id, cancellationToken);
        var byRep = new Dictionary<RepId, SortedList<ForecastWeek, Submission>>();
        for (var back = WeeksBack; back >= 0; back--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var listed = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back));
            foreach (var snapshot in await _submissions.ListWeekAsync(team.Id, listed, cancellationToken))
            {
                if (!byRep.TryGetValue(snapshot.Rep, out var weeks))
                {
                    byRep[snapshot.Rep] = weeks = [];
                }

                weeks[snapshot.Week] = snapshot;
            }
        }

        var concerned = reps.Where(r => TeamWeekSnapshots.Concerns(r, week)).ToList();
        var leaverHistory = new Dictionary<RepId, Submission?>();
        foreach (var leaver in concerned.Where(r => r.HasLeftBy(week)))
        {
            // A leaver's last snapshot of record may lie before the weeks read above: the latest one before they left.
            var lastWeek = leaver.LeftWeek!.Value.Previous;
            var stored = byRep.GetValueOrDefault(leaver.Id) ?? [];
            leaverHistory[leaver.Id] = stored.ContainsKey(lastWeek) || lastWeek >= ForecastWeek.FromMonday(week.Monday.AddDays(-7 * WeeksBack))
                ? null
                : await _submissions.GetLatestBeforeAsync(team.Id, leaver.Id, leaver.LeftWeek.Value, SnapshotResolver.MaxCarryWeeks, cancellationToken);
        }

        var resolved = TeamWeekSnapshots.Resolve(concerned, week, team.FiscalYearStartMonth, (rep, listed) =>
            leaverHistory.GetValueOrDefault(rep.Id) is { } older && listed == rep.LeftWeek!.Value.Previous
                ? (older.Week == listed
                    ? SnapshotResolver.Resolve(older, null, listed, team.FiscalYearStartMonth)
                    : SnapshotResolver.Resolve(null, older, listed, team.FiscalYearStartMonth))
                : Resolve(byRep.GetValueOrDefault(rep.Id) ?? [], listed, team.FiscalYearStartMonth));
        var inputs = new List<RepWeekInput>(concerned.Count);
        var deals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();
        var previousDeals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();
        var accuracy = new Dictionary<RepId, AccuracyHistory>();
        var snapshots = new Dictionary<RepId, Submission>();
        var previousSnapshots = new Dictionary<RepId, Submission>();
        var history = new Dictionary<RepId, IReadOnlyList<Submission>>();
        foreach (var rep in concerned)
        {
            var stored = byRep.GetValueOrDefault(rep.Id) ?? [];
            var (lastWeek, thisWeek) = resolved[rep.Id];
            inputs.Add(new RepWeekInput(rep, thisWeek, lastWeek));
            deals[rep.Id] = thisWeek?.Deals ?? [];
            if (thisWeek is not null)
            {
                snapshots[rep.Id] = thisWeek;
            }

            if (lastWeek is not null)
            {
                previousSnapshots[rep.Id] = lastWeek;
            }

            previousDeals[rep.Id] = lastWeek?.Deals ?? [];
            var resolvedHistory = ResolvedHistory(stored, week, team.FiscalYearStartMonth);
            history[rep.Id] = resolvedHistory;
            accuracy[rep.Id] = AccuracyCalculator.Compute(rep.Id, week, resolvedHistory);
        }

        var revisions = (await _submissions.ListRevisionsAsync(team.Id, week.Previous, cancellationToken))
            .Concat(await _submissions.ListRevisionsAsync(team.Id, week, cancellationToken))
            .GroupBy(r => r.Rep)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Submission>)[.. g.OrderBy(r => r.Week).ThenBy(r => r.SubmittedAt)]);
        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(team, week, ScheduleInstants.For(team, week).Deadline, inputs));
        return new WeeklySummaryComposition(team, summary, late)
        {
            Deals = deals,
            PreviousDeals = previousDeals,
            Accuracy = accuracy,
            Roster = reps,
            Snapshots = snapshots,
            PreviousSnapshots = previousSnapshots,
            History = history,
            Revisions = revisions,
            TeamFiguresOnly = !SummaryAudience.ChannelGetsDetails(team),
            PrivateReaders = SummaryAudience.PrivateReaders(team, reps),
        };
    }

    /// <summary>
    /// The rep's snapshots of record of the weeks the accuracy history measures (W-13..W), each resolved as that week's
    /// summary resolved it — a silent week is the carried snapshot, as the summary counted it.
    /// </summary>
    private static List<Submission> ResolvedHistory(SortedList<ForecastWeek, Submission> stored, ForecastWeek week, int fiscalYearStartMonth)
    {
        var resolved = new List<Submission>(SnapshotResolver.MaxCarryWeeks + 1);
        for (var back = SnapshotResolver.MaxCarryWeeks; back >= 0; back--)
        {
            if (Resolve(stored, ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back)), fiscalYearStartMonth) is { } snapshot)
            {
                resolved.Add(snapshot);
            }
        }

        return resolved;
    }

    private static Submission? Resolve(SortedList<ForecastWeek, Submission> stored, ForecastWeek week, int fiscalYearStartMonth)
    {
        var own = stored.GetValueOrDefault(week);
        var earliest = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * SnapshotResolver.MaxCarryWeeks));
        var earlier = SnapshotResolver.NeedsEarlier(own) ? stored.Values.LastOrDefault(s => s.Week < week && s.Week >= earliest) : null;
        return SnapshotResolver.Resolve(own, earlier, week, fiscalYearStartMonth);
    }
}
