using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Summary;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Reads a <see cref="RegionWeek"/>: per team under the node its settings, Monday summary (composed on the fiscal
/// calendar the tree gives it, so quarters add up: W-14..W read once) and its reps' W deals as resolved; per node its submissions and records.
/// A team's records are final at its summary's scheduled time. Reads only.
/// </summary>
public sealed class RegionWeekReader
{
    private readonly ITeamSettingsStore _teams;
    private readonly ICallStore _calls;
    private readonly ComposeWeeklySummary _summaries;

    public RegionWeekReader(ITeamSettingsStore teams, IRosterStore roster, ISubmissionStore submissions, ICallStore calls)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(calls);
        _teams = teams;
        _calls = calls;
        _summaries = new ComposeWeeklySummary(roster, submissions);
    }

    /// <param name="tree">The organisation tree.</param>
    /// <param name="top">The node whose subtree is read.</param>
    /// <param name="week">The review week.</param>
    /// <param name="asOf">Calls whose deadline is at or before this instant are resolved; later ones are pending.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<RegionWeek> ReadAsync(OrgTree tree, NodeId top, ForecastWeek week, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var settings = new Dictionary<TeamId, TeamSettings>();
        var summaries = new Dictionary<TeamId, WeeklySummary>();
        var snapshots = new Dictionary<TeamId, IReadOnlyList<Submission>>();
        var recordsFinal = new Dictionary<TeamId, DateTimeOffset>();
        var compositions = new Dictionary<TeamId, WeeklySummaryComposition>();
        foreach (var node in tree.TeamsUnder(top))
        {
            var team = node.Team!.Value;
            var stored = (await _teams.GetAsync(team, cancellationToken))?.Value ?? new TeamSettings(team) { Name = node.Name };
            var onTree = stored with { FiscalYearStartMonth = tree.Settings(node.Id).FiscalYearStartMonth };
            settings[team] = onTree;
            var composed = await _summaries.ComposeAsync(onTree, week, late: false, cancellationToken);
            summaries[team] = composed.Summary;
            compositions[team] = composed;
            snapshots[team] = [.. composed.Deals.OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => new Submission(team, week, p.Key, p.Value))];
            recordsFinal[team] = ScheduleInstants.For(onTree, week).Summary;
        }

        var windows = CallSchedule.Compute(tree, top, week, recordsFinal).ToDictionary(w => w.Node);
        var calls = new Dictionary<NodeId, ResolvedCall>();
        var submissions = new Dictionary<NodeId, IReadOnlyList<CallSubmission>>();
        var history = new List<CallRecord>();
        var firstMeasured = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * CallAccuracyCalculator.Weeks));
        foreach (var node in tree.Subtree(top))
        {
            var made = await _calls.ListSubmissionsAsync(node.Id, week, cancellationToken);
            submissions[node.Id] = made;
            var window = windows[node.Id];
            if (window.Deadline <= asOf)
            {
                calls[node.Id] = CallResolver.Resolve(node.Id, week, window.Deadline, made);
            }

            history.AddRange(await _calls.ListRecordsAsync(node.Id, firstMeasured, week, cancellationToken));
        }

        return new RegionWeek(tree, top, week, asOf, settings, summaries, snapshots, windows, calls, submissions, history)
        {
            Compositions = compositions,
        };
    }
}
