using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// The monthly forecast's part of a schedule tick, run by the scheduler right after the weekly tick (so a weekly card is
/// never held back by monthly work): for every team in the due week of a month, read the roster, the week's weekly
/// submissions and action records and the month's monthly submissions, ask <see cref="MonthlySchedulePlanner"/> what is
/// due, and run each action exactly once through the one claim → sending → completed / delivery-unknown mechanism
/// (<see cref="DeliveryRunner"/>, records under the due week). A nudge or reminder prepares the rep's card
/// (<see cref="PrepareMonthlyForecast"/>); the review is composed whole (<see cref="ComputeMonthlyReview.ComposeAsync"/>:
/// figures, funnel, TOP lists, stalled deals) and posted by <see cref="IMonthlyReviewPublisher"/>. When the channel gets the
/// team figures only, the same tick then sends the whole review privately to each manager and admin, each a nested record
/// of its own (<see cref="ScheduledActionKind.MonthlyReviewPrivate"/>); one Teams deferred is planned again by the next
/// tick (<see cref="MonthlySchedulePlanner.PrivateReviews"/>). Safe to run twice at once; one team's error does not stop the others.
/// </summary>
public sealed class RunMonthlyScheduleTick
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly ISubmissionStore _submissions;
    private readonly IMonthlyForecastStore _forecasts;
    private readonly IActionLog _actions;
    private readonly PrepareMonthlyForecast _prepare;
    private readonly ComputeMonthlyReview _review;
    private readonly IMonthlyNotifier _notifier;
    private readonly IMonthlyReviewPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly ScheduleRunOptions _options;
    private readonly DeliveryRunner _runner;

    public RunMonthlyScheduleTick(
        ITeamSettingsStore settings,
        IRosterStore roster,
        ISubmissionStore submissions,
        IMonthlyForecastStore forecasts,
        IActionLog actions,
        PrepareMonthlyForecast prepare,
        ComputeMonthlyReview review,
        IMonthlyNotifier notifier,
        IMonthlyReviewPublisher publisher,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _submissions = submissions ?? throw new ArgumentNullException(nameof(submissions));
        _forecasts = forecasts ?? throw new ArgumentNullException(nameof(forecasts));
        _actions = actions ?? throw new ArgumentNullException(nameof(actions));
        _prepare = prepare ?? throw new ArgumentNullException(nameof(prepare));
        _review = review ?? throw new ArgumentNullException(nameof(review));
        _notifier = notifier ?? throw new ArgumentNullException(nameof(notifier));
        _publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _runner = new DeliveryRunner(actions, time, options);
    }

    public async Task<ScheduleTickResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var teams = await _settings.ListAsync(cancellationToken);
        var work = new List<(TeamSettings Team, Periods.ForecastWeek Week, MonthlyDueAction Action)>();
        var plans = new Dictionary<TeamId, MonthlyPlanInput>();
        var teamErrors = new List<TeamError>();
        var idle = 0;
        foreach (var team in teams)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (team.MonthlyForecastOff || team.Paused || team.IsClosed)
                {
                    idle++;
                    continue;
                }

                var roster = await _roster.ListAsync(team.Id, cancellationToken);
                var week = ReviewWeek.ForRoster(team, roster, now);
                if (MonthlyCalendar.MonthDueIn(week) is not { } month)
                {
                    idle++;
                    continue;
                }

                var weekly = await _submissions.ListWeekAsync(team.Id, week, cancellationToken);
                var monthly = await _forecasts.ListMonthAsync(team.Id, month, cancellationToken);
                var records = await _actions.ListWeekAsync(team.Id, week, cancellationToken);
                var input = new MonthlyPlanInput(
                    team,
                    roster,
                    week,
                    weekly.Where(s => s.Status == SubmissionStatus.Submitted).Select(s => s.Rep).ToHashSet(),
                    weekly.Where(s => s.Status == SubmissionStatus.Skipped).Select(s => s.Rep).ToHashSet(),
                    monthly.Select(f => f.Rep).ToHashSet(),
                    records,
                    now)
                {
                    ClaimLease = _options.ClaimLease,
                };
                plans[team.Id] = input;
                work.AddRange(MonthlySchedulePlanner.Plan(input).Select(a => (team, week, a)));
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                teamErrors.Add(new TeamError(team.Id, exception));
            }
        }

        var tally = new ActionTally();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, parallel, async (item, token) =>
            tally.Add(await _runner.RunAsync(
                new ActionRecord(item.Team.Id, item.Week, item.Action.Subject, item.Action.Kind),
                ClaimPolicy.Scheduled,
                (attempt, t) => SendAsync(item.Team, item.Week, item.Action, plans[item.Team.Id], attempt, t),
                null,
                token)));
        return new ScheduleTickResult(now, teams.Count, idle, tally.Counts, teamErrors, tally.Errors);
    }

    private async Task<NotifyOutcome> SendAsync(
        TeamSettings team, Periods.ForecastWeek week, MonthlyDueAction action, MonthlyPlanInput plan, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        switch (action.Kind)
        {
            case ScheduledActionKind.MonthlyNudge:
                return await _notifier.SendMonthlyNudgeAsync(await _prepare.ForAsync(team, action.Person!, action.Month, cancellationToken), mark, cancellationToken);
            case ScheduledActionKind.MonthlyReminder:
                return await _notifier.SendMonthlyReminderAsync(await _prepare.ForAsync(team, action.Person!, action.Month, cancellationToken), mark, cancellationToken);
            case ScheduledActionKind.MonthlyEscalation:
                return await _notifier.SendMonthlyEscalationAsync(team, action.Person!, action.Month, action.Missing, mark, cancellationToken);
            case ScheduledActionKind.MonthlyReview:
                var content = await ContentAsync(team, action.Month, cancellationToken);
                var posted = await _publisher.PostAsync(team, action.Month, content, mark, cancellationToken);
                if (posted.Kind == NotifyOutcomeKind.Sent)
                {
                    await SendPrivatelyAsync(team, week, plan, action, content, cancellationToken);
                }

                return posted;
            case ScheduledActionKind.MonthlyReviewPrivate:
                return await _publisher.PostPrivatelyAsync(
                    team, action.Month, RepId.From(action.Subject), await ContentAsync(team, action.Month, cancellationToken), mark, cancellationToken);
            default:
                throw new InvalidOperationException($"The monthly schedule does not send '{action.Kind}'.");
        }
    }

    private async Task<MonthlyReviewContent> ContentAsync(TeamSettings team, Periods.YearMonth month, CancellationToken cancellationToken) =>
        await _review.ComposeAsync(team.Id, month, cancellationToken)
            ?? throw new InvalidOperationException($"Team '{team.Id}' disappeared before its monthly review.");

    /// <summary>
    /// Right after the channel post, the review's private copies (none when the channel gets the details), each once
    /// (nested record); what Teams deferred or refused stays in its record for the next tick or an admin.
    /// </summary>
    private async Task SendPrivatelyAsync(
        TeamSettings team, Periods.ForecastWeek week, MonthlyPlanInput plan, MonthlyDueAction review, MonthlyReviewContent content, CancellationToken cancellationToken)
    {
        foreach (var action in MonthlySchedulePlanner.PrivateReviews(plan, review.Month, review.DueAt))
        {
            var run = await _runner.RunAsync(
                new ActionRecord(team.Id, week, action.Subject, action.Kind),
                ClaimPolicy.Nested,
                (attempt, t) => _publisher.PostPrivatelyAsync(team, action.Month, RepId.From(action.Subject), content, attempt, t),
                null,
                cancellationToken);
            if (run.Outcome is ActionOutcome.Deferred or ActionOutcome.Error)
            {
                break;
            }
        }
    }
}
