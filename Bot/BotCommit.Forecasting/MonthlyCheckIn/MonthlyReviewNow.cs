using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.MonthlyCheckIn;

/// <summary>
/// An admin's <c>monthly now [YYYY-MM]</c>: posts the monthly review of a month now, through the same once-only delivery
/// record as the scheduled post (team subject, kind <see cref="ScheduledActionKind.MonthlyReview"/>, under the month's due
/// week), so a later tick does not post it again and a review already posted is not posted twice
/// (<see cref="MonthlyReviewNowStatus.AlreadyPosted"/>, with the instant it went out). The month defaults to the month of
/// the team's current review week; a month whose due week has not begun is refused (its cards are not out yet). Posting
/// before the due week's deadline is allowed (an explicit request): the review's cutoff is then the posting instant
/// (<see cref="MonthlyInstants.ReviewCutoffAsync"/>). A failed earlier post is tried again; one whose delivery is unknown too
/// (the admin decided). Ignores a paused team (explicit request), not a team whose monthly forecast is off.
/// The review is composed whole, as the tick composes it (<see cref="ComputeMonthlyReview.ComposeAsync"/>); where the channel
/// gets the team figures only, the private copies follow from the schedule's next tick in the month's due week.
/// </summary>
public sealed class MonthlyReviewNow
{
    private readonly ITeamSettingsStore _settings;
    private readonly IRosterStore _roster;
    private readonly IActionLog _actions;
    private readonly ComputeMonthlyReview _review;
    private readonly IMonthlyReviewPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly DeliveryRunner _runner;

    public MonthlyReviewNow(
        ITeamSettingsStore settings,
        IRosterStore roster,
        IActionLog actions,
        ComputeMonthlyReview review,
        IMonthlyReviewPublisher publisher,
        TimeProvider time,
        ScheduleRunOptions options)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _actions = actions ?? throw new ArgumentNullException(nameof(actions));
        _review = review ?? throw new ArgumentNullException(nameof(review));
        _publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        ArgumentNullException.ThrowIfNull(options);
        _runner = new DeliveryRunner(actions, time, options);
    }

    /// <param name="team">The team.</param>
    /// <param name="month">The month; null for the month of the team's current review week.</param>
    /// <param name="cancellationToken">Cancels the work (a post on the wire stays recorded as sending).</param>
    public async Task<MonthlyReviewNowResult> RunAsync(TeamId team, YearMonth? month, CancellationToken cancellationToken)
    {
        using var activity = ForecastingTelemetry.Source.StartActivity("monthly now");
        if (await _settings.GetAsync(team, cancellationToken) is not { Value: var settings })
        {
            return new MonthlyReviewNowResult(MonthlyReviewNowStatus.TeamNotFound, month);
        }

        var now = _time.GetUtcNow();
        var current = ReviewWeek.ForRoster(settings, await _roster.ListAsync(team, cancellationToken), now);
        var target = month ?? current.Month;
        if (settings.MonthlyForecastOff)
        {
            return new MonthlyReviewNowResult(MonthlyReviewNowStatus.MonthlyOff, target);
        }

        var week = MonthlyCalendar.DueWeek(target);
        if (week.CompareTo(current) > 0)
        {
            return new MonthlyReviewNowResult(MonthlyReviewNowStatus.NotYet, target) { DueWeek = week };
        }

        var key = new ActionRecord(team, week, ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview);
        if (await _actions.GetAsync(team, week, key.Subject, key.Kind, cancellationToken) is { Value: { State: ActionState.Completed } posted })
        {
            return new MonthlyReviewNowResult(MonthlyReviewNowStatus.AlreadyPosted, target) { PostedAt = posted.UpdatedAt };
        }

        var run = await _runner.RunAsync(
            key,
            ClaimPolicy.RetryFailed,
            async (attempt, t) =>
            {
                var content = await _review.ComposeAsync(team, target, t)
                    ?? throw new InvalidOperationException($"Team '{team}' disappeared before its monthly review.");
                return await _publisher.PostAsync(settings, target, content, attempt, t);
            },
            "posted on request",
            cancellationToken);
        switch (run.Outcome)
        {
            case ActionOutcome.Sent:
                return new MonthlyReviewNowResult(MonthlyReviewNowStatus.Posted, target);
            case ActionOutcome.AlreadyHandled:
                var record = await _actions.GetAsync(team, week, key.Subject, key.Kind, cancellationToken);
                return record is { Value: { State: ActionState.Completed } done }
                    ? new MonthlyReviewNowResult(MonthlyReviewNowStatus.AlreadyPosted, target) { PostedAt = done.UpdatedAt }
                    : new MonthlyReviewNowResult(MonthlyReviewNowStatus.InProgress, target);
            case ActionOutcome.Failed:
            case ActionOutcome.DeliveryUnknown:
                var failed = await _actions.GetAsync(team, week, key.Subject, key.Kind, cancellationToken);
                return new MonthlyReviewNowResult(MonthlyReviewNowStatus.NotPosted, target) { Detail = failed?.Value.Detail };
            default:
                return new MonthlyReviewNowResult(MonthlyReviewNowStatus.Later, target) { Error = run.Error };
        }
    }
}

/// <summary>What <see cref="MonthlyReviewNow"/> did.</summary>
public enum MonthlyReviewNowStatus
{
    Unknown = 0,

    /// <summary>Posted now.</summary>
    Posted = 1,

    /// <summary>Posted before (by the schedule or by hand), at <see cref="MonthlyReviewNowResult.PostedAt"/>: not posted again.</summary>
    AlreadyPosted = 2,

    /// <summary>Teams or the channel refused it (<see cref="MonthlyReviewNowResult.Detail"/> says why); recorded as failed.</summary>
    NotPosted = 3,

    /// <summary>A transient failure or an unexpected error: the record is retried later (by the schedule or a new request).</summary>
    Later = 4,

    /// <summary>Another tick or instance is posting it right now.</summary>
    InProgress = 5,

    /// <summary>The month's due week has not begun (<see cref="MonthlyReviewNowResult.DueWeek"/>).</summary>
    NotYet = 6,

    /// <summary>The team's monthly forecast is off.</summary>
    MonthlyOff = 7,

    /// <summary>The team is unknown.</summary>
    TeamNotFound = 8,
}

/// <summary>The outcome of <see cref="MonthlyReviewNow"/> for <see cref="Month"/>.</summary>
public sealed record MonthlyReviewNowResult(MonthlyReviewNowStatus Status, YearMonth? Month)
{
    /// <summary>When the review went out (for <see cref="MonthlyReviewNowStatus.AlreadyPosted"/>).</summary>
    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>Why it was not posted (for <see cref="MonthlyReviewNowStatus.NotPosted"/>).</summary>
    public string? Detail { get; init; }

    /// <summary>The month's due week (for <see cref="MonthlyReviewNowStatus.NotYet"/>).</summary>
    public ForecastWeek? DueWeek { get; init; }

    /// <summary>The unexpected error, if one happened (the host logs it).</summary>
    public ActionError? Error { get; init; }
}
