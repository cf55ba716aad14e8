using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.UseCases;

/// <summary>
/// Loads what the Monday summary of a team and week needs from the ports and computes it: the settings, the
/// roster, every rep's snapshot for W and W-1 (one partition read each, plus a look-back of at most
/// <see cref="MaxCarryWeeks"/> weeks per rep who did not submit, resolved by <see cref="SnapshotResolver"/>), and the
/// week's deadline instant in the team's zone. Reads only; nothing is written, so it is safe to retry.
/// </summary>
public sealed class ComputeWeeklySummary
{
    /// <summary>How far back a silent rep's latest snapshot is looked for (one quarter).</summary>
    public const int MaxCarryWeeks = SnapshotResolver.MaxCarryWeeks;

    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;

    public ComputeWeeklySummary(ITeamSettingsStore settings, IRosterStore roster, ISubmissionStore submissions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        _settings = settings;
        _roster = roster;
        _submissions = submissions;
    }

    /// <summary>The summary of <paramref name="week"/>, or null when the team is unknown.</summary>
    /// <exception cref="TimeZoneNotFoundException">The team's time zone id is not known on this machine.</exception>
    public async Task<WeeklySummary?> ComputeAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var stored = await _settings.GetAsync(team, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var settings = stored.Value;
        var deadline = ScheduleInstants.For(settings, week).Deadline;
        var reps = await _roster.ListAsync(team, cancellationToken);
        var current = ByRep(await _submissions.ListWeekAsync(team, week, cancellationToken));
        var previous = ByRep(await _submissions.ListWeekAsync(team, week.Previous, cancellationToken));

        var concerned = reps.Where(r => TeamWeekSnapshots.Concerns(r, week)).ToList();
        var loaded = new Dictionary<(RepId, ForecastWeek), Submission?>();
        foreach (var rep in concerned)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var weeks = new List<ForecastWeek> { week, week.Previous };
            if (rep.LeftWeek is { } left && left <= week)
            {
                weeks.Add(left.Previous);
            }

            foreach (var listed in weeks.Distinct())
            {
                var own = listed == week ? current.GetValueOrDefault(rep.Id)
                    : listed == week.Previous ? previous.GetValueOrDefault(rep.Id)
                    : (await _submissions.GetAsync(team, listed, rep.Id, cancellationToken))?.Value;
                loaded[(rep.Id, listed)] = await ResolveAsync(settings, rep.Id, listed, own, cancellationToken);
            }
        }

        var resolved = TeamWeekSnapshots.Resolve(concerned, week, settings.FiscalYearStartMonth, (rep, listed) => loaded.GetValueOrDefault((rep.Id, listed)));
        var inputs = concerned.Select(rep => new RepWeekInput(rep, resolved[rep.Id].Current, resolved[rep.Id].Previous)).ToList();
        return WeeklySummaryCalculator.Compute(new SummaryInput(settings, week, deadline, inputs));
    }

    private async Task<Submission?> ResolveAsync(TeamSettings settings, RepId rep, ForecastWeek week, Submission? own, CancellationToken cancellationToken)
    {
        var earlier = SnapshotResolver.NeedsEarlier(own)
            ? await _submissions.GetLatestBeforeAsync(settings.Id, rep, week, MaxCarryWeeks, cancellationToken)
            : null;
        return SnapshotResolver.Resolve(own, earlier, week, settings.FiscalYearStartMonth);
    }

    private static Dictionary<RepId, Submission> ByRep(IReadOnlyList<Submission> submissions) =>
        submissions.ToDictionary(s => s.Rep);
}
