using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// After the week's summary is out, its TOP lists and stalled deals (<see cref="SummaryPipelineLists"/>) go to the same
/// audience as the summary's details, once: a reply in the summary's thread, or — when the channel gets team figures only
/// (reps can read it) — one private message to each manager and admin. Each message is a delivery record of its own
/// (<see cref="ScheduledActionKind.SummaryThreadLists"/>, nested claim → sending → completed / delivery unknown), keyed by
/// the thread's root: a retry or a second "summary now" sends nothing twice; a new thread (the old root deleted) gets the
/// reply again.
/// </summary>
public sealed class PostPipelineLists
{
    private readonly DeliveryRunner _runner;
    private readonly IPipelineListsDelivery _delivery;

    public PostPipelineLists(DeliveryRunner runner, IPipelineListsDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(delivery);
        _runner = runner;
        _delivery = delivery;
    }

    public static ActionRecord InThread(TeamId team, ForecastWeek week, SummaryPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new(team, week, "lists@" + post.RootActivityId, ScheduledActionKind.SummaryThreadLists);
    }

    public static ActionRecord Private(TeamId team, ForecastWeek week, RepId recipient, SummaryPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new(team, week, recipient.Value + "/lists@" + post.RootActivityId, ScheduledActionKind.SummaryThreadLists);
    }

    /// <summary>
    /// Sends the lists of <paramref name="composition"/>'s week where its summary went. Returns Sent, or "retry later" when
    /// Teams asked to wait (the next publish sends what is missing); someone unreachable is skipped, their record says why.
    /// </summary>
    public async Task<NotifyOutcome> PostAsync(WeeklySummaryComposition composition, SummaryPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(post);
        var team = composition.Team.Id;
        var week = composition.Summary.Week;
        PipelineListsComposition? lists = null;
        PipelineListsComposition Lists() => lists ??= SummaryPipelineLists.Compute(composition);
        if (!composition.TeamFiguresOnly)
        {
            var (outcome, _) = await SummaryDeliveries.SendAsync(
                _runner, InThread(team, week, post), ClaimPolicy.Nested, (attempt, token) => _delivery.PostInThreadAsync(post, Lists(), attempt, token), cancellationToken);
            return outcome.Kind == NotifyOutcomeKind.RetryLater ? outcome : NotifyOutcome.Sent;
        }

        foreach (var reader in composition.PrivateReaders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, _) = await SummaryDeliveries.SendAsync(
                _runner, Private(team, week, reader, post), ClaimPolicy.Nested, (attempt, token) => _delivery.PostPrivateAsync(reader, Lists(), attempt, token), cancellationToken);
            if (outcome.Kind == NotifyOutcomeKind.RetryLater)
            {
                return outcome;
            }
        }

        return NotifyOutcome.Sent;
    }
}
