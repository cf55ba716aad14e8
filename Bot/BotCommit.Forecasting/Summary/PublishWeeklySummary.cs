using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Publishes a week's summary to the managers' channel through <see cref="ISummaryDelivery"/>: the root post as a new
/// thread, then one reply per rep (in <see cref="Metrics.WeeklySummary.RepsByName"/> order), then the late changes already
/// pending. Each of them is a delivery record of its own (<see cref="DeliveryRunner"/>, nested policy), and the root keeps
/// where it went, so a retry or a second "summary now" never posts a second root: it refreshes the root in place and
/// posts only the missing replies. Who reads what is <see cref="SummaryAudience"/>'s rule: a channel reps may read gets
/// the team figures only, and the replies go privately to each manager and admin instead (records of their own);
/// late changes then go privately to the same people, not into the channel. Who can read the channel is read from Teams
/// again at every publish. If Teams no longer has the root (deleted), a new thread is started and every reply
/// goes there. Last, the week's TOP lists and stalled deals (<see cref="PostPipelineLists"/>), once, to the same audience. No channel is <see cref="NotifyOutcome.Unreachable"/> with what to do about it. The schedule's
/// <see cref="ISummaryPublisher"/>.
/// </summary>
public sealed class PublishWeeklySummary : ISummaryPublisher
{
    /// <summary>Why a team without a summary channel gets no summary (shown in the schedule's status).</summary>
    public const string NoChannelReason = "no summary channel chosen: an admin types 'set channel' in the managers' channel";

    private readonly ComposeWeeklySummary _compose;
    private readonly IActionLog _log;
    private readonly DeliveryRunner _runner;
    private readonly ISummaryDelivery _delivery;
    private readonly PostLateChanges _lateChanges;
    private readonly PostPipelineLists? _pipelineLists;

    /// <summary>Without <paramref name="pipelineLists"/> (null) the TOP lists and stalled deals are not sent.</summary>
    public PublishWeeklySummary(
        ComposeWeeklySummary compose,
        IActionLog log,
        DeliveryRunner runner,
        ISummaryDelivery delivery,
        PostLateChanges lateChanges,
        PostPipelineLists? pipelineLists = null)
    {
        ArgumentNullException.ThrowIfNull(compose);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(lateChanges);
        _compose = compose;
        _log = log;
        _runner = runner;
        _delivery = delivery;
        _lateChanges = lateChanges;
        _pipelineLists = pipelineLists;
    }

    public async Task<NotifyOutcome> PublishAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        try
        {
            team = await SummaryDeliveries.WithReadersNowAsync(_delivery, team, cancellationToken);
            var post = await SummaryDeliveries.PostedAsync(_log, team.Id, week, cancellationToken);
            var composition = await _compose.ComposeAsync(team, week, post?.Late ?? late, cancellationToken);
            var rootGone = post is not null && !await _delivery.RefreshRootAsync(post, composition, cancellationToken);
            if (post is null || rootGone)
            {
                if (team.SummaryChannel is null)
                {
                    return NotifyOutcome.Unreachable(NoChannelReason);
                }

                composition = composition with { Late = late };
                SummaryPost? posted = null;
                var (outcome, _) = await SummaryDeliveries.SendAsync(
                    _runner,
                    SummaryDeliveries.Root(team.Id, week),
                    rootGone ? ClaimPolicy.Force : ClaimPolicy.Nested,
                    async (attempt, token) =>
                    {
                        posted = await _delivery.PostRootAsync(composition, attempt, token);
                        attempt.CompleteWith(posted);
                    },
                    cancellationToken);
                if (posted is null)
                {
                    return outcome.Kind == NotifyOutcomeKind.Sent
                        ? NotifyOutcome.RetryLater("the summary is being posted by another sender")
                        : outcome;
                }

                post = posted;
            }

            var details = composition.TeamFiguresOnly
                ? await SendPrivatelyAsync(team, week, post, composition, cancellationToken)
                : await ReplyInThreadAsync(team, week, post, composition, cancellationToken);
            if (details is { } stopped)
            {
                return stopped;
            }

            // The summary is out; a late change that cannot be posted now stays pending for the next call.
            if (!composition.TeamFiguresOnly)
            {
                await _lateChanges.PostAsync(team, week, post, cancellationToken);
            }
            else
            {
                await _lateChanges.PostPrivatelyAsync(team, week, composition.PrivateReaders, cancellationToken);
            }

            // Then the TOP lists and stalled deals, once, to the same audience as the details.
            if (_pipelineLists is not null)
            {
                return await _pipelineLists.PostAsync(composition, post, cancellationToken);
            }

            return NotifyOutcome.Sent;
        }
        catch (DeliveryException exception)
        {
            return exception.Outcome;
        }
    }

    /// <summary>One reply per rep in the thread; the first that is not sent stops the walk (its outcome).</summary>
    private async Task<NotifyOutcome?> ReplyInThreadAsync(
        TeamSettings team, ForecastWeek week, SummaryPost post, WeeklySummaryComposition composition, CancellationToken cancellationToken)
    {
        foreach (var rep in composition.Summary.RepsInOrder(team.Culture))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, _) = await SummaryDeliveries.SendAsync(
                _runner,
                SummaryDeliveries.Reply(team.Id, week, rep.Rep, post),
                ClaimPolicy.Nested,
                (attempt, token) => _delivery.PostRepReplyAsync(post, composition, rep, attempt, token),
                cancellationToken);
            if (outcome.Kind != NotifyOutcomeKind.Sent)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>
    /// The channel got the team figures only: each manager and admin gets the full summary and one message per rep in
    /// their personal chat, each a delivery record of its own. Someone unreachable (no personal chat) is skipped — their
    /// records say why — so the others still get theirs; "retry later" stops the walk (its outcome).
    /// </summary>
    private async Task<NotifyOutcome?> SendPrivatelyAsync(
        TeamSettings team, ForecastWeek week, SummaryPost post, WeeklySummaryComposition composition, CancellationToken cancellationToken)
    {
        var full = composition with { TeamFiguresOnly = false };
        foreach (var recipient in composition.PrivateReaders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, _) = await SummaryDeliveries.SendAsync(
                _runner,
                SummaryDeliveries.PrivateRoot(team.Id, week, recipient, post),
                ClaimPolicy.Nested,
                (attempt, token) => _delivery.PostPrivateAsync(recipient, full, null, attempt, token),
                cancellationToken);
            if (outcome.Kind == NotifyOutcomeKind.RetryLater)
            {
                return outcome;
            }

            if (outcome.Kind != NotifyOutcomeKind.Sent)
            {
                continue;
            }

            foreach (var rep in composition.Summary.RepsInOrder(team.Culture))
            {
                cancellationToken.ThrowIfCancellationRequested();
                (outcome, _) = await SummaryDeliveries.SendAsync(
                    _runner,
                    SummaryDeliveries.PrivateReply(team.Id, week, recipient, rep.Rep, post),
                    ClaimPolicy.Nested,
                    (attempt, token) => _delivery.PostPrivateAsync(recipient, full, rep, attempt, token),
                    cancellationToken);
                if (outcome.Kind == NotifyOutcomeKind.RetryLater)
                {
                    return outcome;
                }

                if (outcome.Kind != NotifyOutcomeKind.Sent)
                {
                    break;
                }
            }
        }

        return null;
    }
}
