using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The regions' part of the schedule tick (the same exactly-once mechanism as the teams'): for the review week of each
/// tree root, every node whose call window is open gets its call card sent to each of its managers once, and every
/// region whose window is open (its children's deadlines have passed) gets its summary posted in its channel once.
/// The week is the one whose Monday is the latest Monday at or before now in UTC, or the week before while its calls
/// still run (a region's window can end on Wednesday).
/// </summary>
public sealed class RunRegionTick
{
    private readonly IOrgTreeStore _trees;
    private readonly RegionWeekReader _reader;
    private readonly RecordCall _cards;
    private readonly ComposeRegionSummary _summaries;
    private readonly DeliveryRunner _runner;
    private readonly IRegionDelivery _delivery;
    private readonly TimeProvider _clock;
    private readonly IRegionSummaryRecords? _records;
    private readonly ComputeMonthlyReview? _monthly;

    /// <summary>
    /// The tick; <paramref name="records"/> is where each posted summary is kept with its inputs (null: not kept);
    /// <paramref name="monthly"/> computes the teams' monthly reviews the region's monthly review rolls up (null: no monthly review).
    /// </summary>
    public RunRegionTick(
        IOrgTreeStore trees,
        RegionWeekReader reader,
        RecordCall cards,
        ComposeRegionSummary summaries,
        DeliveryRunner runner,
        IRegionDelivery delivery,
        TimeProvider clock,
        IRegionSummaryRecords? records = null,
        ComputeMonthlyReview? monthly = null)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(clock);
        _trees = trees;
        _reader = reader;
        _cards = cards;
        _summaries = summaries;
        _runner = runner;
        _delivery = delivery;
        _clock = clock;
        _records = records;
        _monthly = monthly;
    }

    /// <summary>The delivery of a node's call card to one manager.</summary>
    public static ActionRecord CallCardKey(NodeId node, ForecastWeek week, RepId manager) =>
        new(TeamId.From(node.Value), week, manager.Value, ScheduledActionKind.CallCard);

    /// <summary>The delivery of a region's summary (region and team ids share one space, so it never meets a team's record).</summary>
    public static ActionRecord SummaryKey(NodeId region, ForecastWeek week) =>
        new(TeamId.From(region.Value), week, ActionRecord.TeamSubject, ScheduledActionKind.RegionSummary);

    /// <summary>The delivery of a region's monthly review of the month whose due week is <paramref name="dueWeek"/>.</summary>
    public static ActionRecord MonthlyReviewKey(NodeId region, ForecastWeek dueWeek) =>
        new(TeamId.From(region.Value), dueWeek, ActionRecord.TeamSubject, ScheduledActionKind.RegionMonthlyReview);

    /// <summary>The month whose monthly review is due in <paramref name="week"/> (the week is the month's first review week), or null.</summary>
    public static YearMonth? MonthDueIn(ForecastWeek week)
    {
        var month = new YearMonth(week.Monday.Year, week.Monday.Month);
        return MonthlyCalendar.DueWeek(month) == week ? month : null;
    }

    /// <summary>Runs what is due now; returns every delivery's outcome.</summary>
    public async Task<IReadOnlyList<ActionRun>> RunAsync(CancellationToken cancellationToken)
    {
        var tree = (await _trees.GetAsync(cancellationToken))?.Value;
        var runs = new List<ActionRun>();
        if (tree is null)
        {
            return runs;
        }

        var now = _clock.GetUtcNow();
        var thisWeek = ForecastWeek.Containing(DateOnly.FromDateTime(now.UtcDateTime));
        foreach (var root in tree.Roots.Where(r => !r.IsTeam))
        {
            foreach (var week in new[] { thisWeek.Previous, thisWeek })
            {
                var read = await _reader.ReadAsync(tree, root.Id, week, now, cancellationToken);
                foreach (var window in read.Windows.Values.Where(w => w.IsValid && w.Opens <= now && now < w.Deadline))
                {
                    var node = tree[window.Node];
                    if (!node.IsTeam)
                    {
                        runs.Add(await PostSummaryAsync(tree, node, week, cancellationToken));
                        if (_monthly is not null && MonthDueIn(week) is { } month)
                        {
                            // After the region's summary: its window opens once its teams' deadlines (and reviews) have passed.
                            runs.Add(await PostMonthlyReviewAsync(tree, node, month, cancellationToken));
                        }
                    }

                    foreach (var manager in node.Managers)
                    {
                        runs.Add(await SendCardAsync(node, week, manager, cancellationToken));
                    }
                }
            }
        }

        return runs;
    }

    /// <summary>Posts <paramref name="region"/>'s summary for <paramref name="week"/> once (also the manual trigger's path).</summary>
    public Task<ActionRun> PostSummaryAsync(OrgTree tree, OrgNode region, ForecastWeek week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        return _runner.RunAsync(
            SummaryKey(region.Id, week),
            ClaimPolicy.Scheduled,
            async (attempt, ct) =>
            {
                // Kept before the post goes out: a summary that may have arrived always has its inputs kept with it.
                var read = await _summaries.ReadAsync(tree, region.Id, week, ct);
                var summary = read.Summary();
                if (_records is not null)
                {
                    await _records.KeepAsync(read.Export(), summary, ct);
                }

                return await _delivery.PostSummaryAsync(region, tree.Settings(region.Id), summary, attempt, ct);
            },
            null,
            cancellationToken);
    }

    /// <summary>
    /// Posts <paramref name="region"/>'s monthly review of <paramref name="month"/> once: each team under it computed as its
    /// own review (<see cref="ComputeMonthlyReview"/>, bounded reads per team), rolled up by <see cref="RegionMonthlyReviewCalculator"/>.
    /// </summary>
    public Task<ActionRun> PostMonthlyReviewAsync(OrgTree tree, OrgNode region, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(region);
        var monthly = _monthly ?? throw new InvalidOperationException("The tick was built without the monthly review.");
        return _runner.RunAsync(
            MonthlyReviewKey(region.Id, MonthlyCalendar.DueWeek(month)),
            ClaimPolicy.Scheduled,
            async (attempt, ct) =>
            {
                var teams = new Dictionary<TeamId, MonthlyReview>();
                foreach (var node in tree.TeamsUnder(region.Id))
                {
                    var team = node.Team!.Value;
                    teams[team] = await monthly.ComputeAsync(team, month, ct)
                        ?? MonthlyReviewCalculator.Compute(new MonthlyReviewInput(new TeamSettings(team) { Name = node.Name }, month, []));
                }

                var review = RegionMonthlyReviewCalculator.Compute(tree, region.Id, month, teams);
                return await _delivery.PostMonthlyReviewAsync(region, tree.Settings(region.Id), review, attempt, ct);
            },
            null,
            cancellationToken);
    }

    private Task<ActionRun> SendCardAsync(OrgNode node, ForecastWeek week, RepId manager, CancellationToken cancellationToken) =>
        _runner.RunAsync(
            CallCardKey(node.Id, week, manager),
            ClaimPolicy.Scheduled,
            async (attempt, ct) => await _cards.PrepareAsync(node.Id, week, ct) is { } card
                ? await _delivery.SendCallCardAsync(manager, card, attempt, ct)
                : NotifyOutcome.Unreachable("node removed"),
            null,
            cancellationToken);
}
