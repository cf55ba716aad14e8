using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// Prepares a rep's check-in (<see cref="CheckInView"/>): for a rep's own turn from storage, reading the team, the rep,
/// the week's submission and (only without one) the pipeline once each; for a nudge from what the schedule's tick already
/// read for the whole team, without reading anything. The week is the rep's review week
/// (<see cref="ReviewWeek.ForRep"/>), the deadline comes from <see cref="ScheduleInstants"/>.
/// </summary>
public sealed class PrepareCheckIn
{
    private readonly ITeamSettingsStore _teams;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IDealStore _deals;
    private readonly TimeProvider _clock;
    private readonly RememberRepClient _clients;

    public PrepareCheckIn(ITeamSettingsStore teams, IRosterStore roster, ISubmissionStore submissions, IDealStore deals, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(clock);
        _teams = teams;
        _roster = roster;
        _submissions = submissions;
        _deals = deals;
        _clock = clock;
        _clients = new RememberRepClient(roster);
    }

    /// <summary>
    /// The check-in of the person <paramref name="rep"/> (the authenticated sender, never card data) for the team they
    /// check in for: the first by team id whose roster lists them as an active rep (one sales team per rep is the rule;
    /// see the README). Null when they are on no roster.
    /// </summary>
    public Task<CheckInView?> ForSenderAsync(RepId rep, CancellationToken cancellationToken) =>
        ForSenderAsync(rep, RepClient.None, cancellationToken);

    /// <summary>
    /// As <see cref="ForSenderAsync(RepId, CancellationToken)"/>, first keeping the zone and locale the sender's Teams
    /// client sent (<see cref="RememberRepClient"/>), so the week is read on the rep's zone as it is now.
    /// </summary>
    public async Task<CheckInView?> ForSenderAsync(RepId rep, RepClient client, CancellationToken cancellationToken)
    {
        if (await MembershipAsync(rep, client, cancellationToken) is not var (team, member))
        {
            return null;
        }

        return await ForAsync(team, member, ReviewWeek.ForRep(team, member, _clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>The team the person checks in for and their roster entry (see <see cref="ForSenderAsync(RepId, CancellationToken)"/>), or null.</summary>
    public Task<(TeamSettings Team, Rep Rep)?> MembershipAsync(RepId rep, CancellationToken cancellationToken) =>
        MembershipAsync(rep, RepClient.None, cancellationToken);

    /// <summary>The membership, with the zone and locale <paramref name="client"/> sent kept on the rep when they changed.</summary>
    public async Task<(TeamSettings Team, Rep Rep)?> MembershipAsync(RepId rep, RepClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var memberships = await _roster.FindMembershipsAsync(rep, cancellationToken);
        foreach (var membership in memberships.Where(m => m.Active).OrderBy(m => m.Team.Value, StringComparer.Ordinal))
        {
            if (await _teams.GetAsync(membership.Team, cancellationToken) is { } team)
            {
                return (team.Value, await _clients.RememberAsync(membership, client, cancellationToken));
            }
        }

        return null;
    }

    /// <summary>
    /// The check-in of a known rep for <paramref name="week"/>: the week's submission, or the pipeline without one (and after
    /// the deadline, where revisions land).
    /// </summary>
    public async Task<CheckInView> ForAsync(TeamSettings team, Rep rep, ForecastWeek week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        var now = _clock.GetUtcNow();
        var submitted = await _submissions.GetAsync(team.Id, week, rep.Id, cancellationToken);
        var pipeline = submitted is null || ScheduleInstants.For(team, week).IsPastDeadline(now)
            ? await _deals.ListAsync(team.Id, rep.Id, cancellationToken)
            : [];
        var view = Build(team, rep, week, submitted?.Value, pipeline, now);
        return view with
        {
            SubmissionVersion = submitted?.Version,
            ReadForSave = true,
        };
    }

    /// <summary>
    /// <paramref name="view"/> with its stalled deals marked (<see cref="StalledAsync"/>), for a turn that shows the card:
    /// the reads it costs are kept off the submission turn, whose receipt does not show them.
    /// </summary>
    public async Task<CheckInView> WithStalledAsync(CheckInView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view with { Stalled = await StalledAsync(view.Team, view.Rep, view.Week, view.Deals, cancellationToken) };
    }

    /// <summary>
    /// Which of <paramref name="deals"/> are stalled (<see cref="Pipeline.StalledDealCalculator"/>) as of the rep's latest
    /// snapshot of record, W-1: read from the rep's own snapshots of W-7..W-1 only (<see cref="Pipeline.StalledDealCalculator.MinimumHistoryWeeks"/>
    /// point reads, in parallel; a week without a stored snapshot ends a run). A deal no longer open on the card is not marked.
    /// </summary>
    public async Task<IReadOnlyList<Pipeline.StalledDeal>> StalledAsync(
        TeamSettings team, Rep rep, ForecastWeek week, IReadOnlyList<DealForecast> deals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(deals);
        if (!deals.Any(d => d.IsOpen))
        {
            return [];
        }

        var read = await Task.WhenAll(StalledHistoryWeeks(week).Select(w => _submissions.GetAsync(team.Id, w, rep.Id, cancellationToken)));
        return Stalled(rep, week, deals, read.Where(v => v is not null).Select(v => v!.Value));
    }

    /// <summary>The weeks whose snapshots of record the stalled marker of <paramref name="week"/>'s card reads: W-1..W-7.</summary>
    public static IReadOnlyList<ForecastWeek> StalledHistoryWeeks(ForecastWeek week) =>
        [.. Enumerable.Range(1, Pipeline.StalledDealCalculator.MinimumHistoryWeeks).Select(back => ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back)))];

    /// <summary>
    /// Which of <paramref name="deals"/> are stalled as of W-1, from <paramref name="snapshots"/> (the rep's own snapshots of
    /// <see cref="StalledHistoryWeeks"/>, in any order; others are ignored). Reads nothing: the one rule of the marker, for
    /// a turn that shows the card (<see cref="StalledAsync"/>) and for the schedule's nudge (read once per team).
    /// </summary>
    public static IReadOnlyList<Pipeline.StalledDeal> Stalled(Rep rep, ForecastWeek week, IReadOnlyList<DealForecast> deals, IEnumerable<Submission> snapshots)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(snapshots);
        var open = deals.Where(d => d.IsOpen).Select(d => d.Id).ToHashSet();
        if (open.Count == 0)
        {
            return [];
        }

        var weeks = StalledHistoryWeeks(week).ToHashSet();
        var history = new Pipeline.RepSnapshotHistory(rep.Id, rep.DisplayName, snapshots.Where(s => s.Rep == rep.Id && weeks.Contains(s.Week)));
        return [.. Pipeline.StalledDealCalculator.Stalled(week.Previous, [history]).Where(s => open.Contains(s.History.Deal.Id))];
    }

    /// <summary>
    /// Every rep's snapshots of <see cref="StalledHistoryWeeks"/> for a nudge fan-out: one partition read per week (seven
    /// for the whole team, whatever its size), instead of seven point reads per rep.
    /// </summary>
    public static async Task<IReadOnlyDictionary<RepId, IReadOnlyList<Submission>>> StalledHistoryAsync(
        ISubmissionStore submissions, TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var weeks = await Task.WhenAll(StalledHistoryWeeks(week).Select(w => submissions.ListWeekAsync(team, w, cancellationToken)));
        return weeks.SelectMany(w => w).GroupBy(s => s.Rep).ToDictionary(g => g.Key, g => (IReadOnlyList<Submission>)[.. g]);
    }

    /// <summary>
    /// The check-in of a nudge, from what the schedule read for the team: the rep's submission of the week (if any) and
    /// their pipeline. Reads nothing.
    /// </summary>
    public static CheckInView Build(
        TeamSettings team, Rep rep, ForecastWeek week, Submission? submitted, IReadOnlyList<DealForecast> pipeline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(pipeline);
        var instants = ScheduleInstants.For(team, week);
        var pastDeadline = instants.IsPastDeadline(now);

        // After the deadline the week's snapshot is the record; the card shows what the rep said last (their revisions
        // update the pipeline), so a second late edit starts from the first one.
        var deals = submitted is not null && (!pastDeadline || pipeline.Count == 0)
            ? submitted.Deals
            : CardDeals(pipeline, week, team.FiscalYearStartMonth);
        return new CheckInView(team, rep, week, instants.Deadline, deals)
        {
            Submission = submitted,
            Totals = RepTotals.Of(deals, ReviewPeriod.For(week, team.FiscalYearStartMonth)),
            PastDeadline = pastDeadline,
        };
    }

    /// <summary>What the card carries over from the pipeline: open deals and the Won and Lost in the snapshot's scope (<see cref="SnapshotResolver.KeepsInScope"/>), at most a submission's worth.</summary>
    public static IReadOnlyList<DealForecast> CardDeals(IReadOnlyList<DealForecast> pipeline, ForecastWeek week, int fiscalYearStartMonth)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return [.. pipeline.Where(d => SnapshotResolver.KeepsInScope(d, week, fiscalYearStartMonth)).Take(Submission.MaxDeals)];
    }
}
