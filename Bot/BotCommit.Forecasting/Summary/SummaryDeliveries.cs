using System.Runtime.ExceptionServices;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>The summary's own delivery records (root, replies, late changes) and how one send through the runner ends.</summary>
internal static class SummaryDeliveries
{
    public static ActionRecord Root(TeamId team, ForecastWeek week) =>
        new(team, week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot);

    /// <summary>One reply per rep and thread: a new root (the old one was deleted) gets every reply again.</summary>
    public static ActionRecord Reply(TeamId team, ForecastWeek week, RepId rep, SummaryPost post) =>
        new(team, week, rep.Value + "@" + post.RootActivityId, ScheduledActionKind.SummaryReply);

    /// <summary>The full summary sent privately to one manager or admin, once per thread.</summary>
    public static ActionRecord PrivateRoot(TeamId team, ForecastWeek week, RepId recipient, SummaryPost post) =>
        new(team, week, recipient.Value + "@" + post.RootActivityId, ScheduledActionKind.SummaryPrivateRoot);

    /// <summary>One rep's details sent privately to one manager or admin, once per thread.</summary>
    public static ActionRecord PrivateReply(TeamId team, ForecastWeek week, RepId recipient, RepId rep, SummaryPost post) =>
        new(team, week, recipient.Value + "/" + rep.Value + "@" + post.RootActivityId, ScheduledActionKind.SummaryPrivateReply);

    /// <summary>A late change (its <see cref="ScheduledActionKind.LateChangePost"/> record's subject) sent privately to one manager or admin.</summary>
    public static ActionRecord PrivateLateChange(TeamId team, ForecastWeek week, RepId recipient, string lateChangeSubject) =>
        new(team, week, recipient.Value + "/" + lateChangeSubject, ScheduledActionKind.LateChangePrivate);

    /// <summary>
    /// The team with its summary channel's readers as Teams tells them now (people join channels after <c>set channel</c>):
    /// when reps can read it now — or Teams cannot tell — the channel gets the team figures only
    /// (<see cref="SummaryAudience"/>). Not read when the team shares everything anyway, or has no channel.
    /// </summary>
    public static async Task<TeamSettings> WithReadersNowAsync(ISummaryDelivery delivery, TeamSettings team, CancellationToken cancellationToken)
    {
        if (team.SummaryChannel is not { } channel || team.ShareSummaryWithTeam)
        {
            return team;
        }

        var repReaders = await delivery.CountRepReadersAsync(team, cancellationToken);
        return team with { SummaryChannel = channel with { RepReaders = repReaders } };
    }

    /// <summary>Where the week's summary is, when its root was posted.</summary>
    public static async Task<SummaryPost?> PostedAsync(IActionLog log, TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var root = await log.GetAsync(team, week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot, cancellationToken);
        return root is { Value: { State: ActionState.Completed, Payload: SummaryPost post } } ? post : null;
    }

    /// <summary>
    /// Runs one send and tells how it ended: Sent (Skipped when someone else already did it), or the outcome the delivery
    /// port gave. An unexpected error is rethrown.
    /// </summary>
    public static async Task<(NotifyOutcome Outcome, bool Skipped)> SendAsync(
        DeliveryRunner runner, ActionRecord key, ClaimPolicy policy, Func<DeliveryAttempt, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        NotifyOutcome? refused = null;
        var run = await runner.RunAsync(key, policy, async (attempt, token) =>
        {
            try
            {
                await send(attempt, token);
                return NotifyOutcome.Sent;
            }
            catch (DeliveryException exception)
            {
                refused = exception.Outcome;
                return exception.Outcome;
            }
        }, null, cancellationToken);
        if (run.Error is { } error)
        {
            ExceptionDispatchInfo.Capture(error.Exception).Throw();
        }

        return run.Outcome switch
        {
            ActionOutcome.Sent => (NotifyOutcome.Sent, false),
            ActionOutcome.AlreadyHandled => (NotifyOutcome.Sent, true),
            ActionOutcome.DeliveryUnknown => (NotifyOutcome.Unreachable(ActionRecord.DeliveryUnknownDetail), false),
            _ => (refused ?? NotifyOutcome.RetryLater(), false),
        };
    }
}
