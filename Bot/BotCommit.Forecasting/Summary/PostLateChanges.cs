using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Posts a week's changes made after the cutoff into its summary thread ("Alex: changed after cutoff: +12,000 commit,
/// −5,000 upside") and refreshes the root. Source: the pending <see cref="ScheduledActionKind.LateChangePost"/> deliveries
/// that <see cref="RecordSubmission"/> writes, each posted exactly once through <see cref="DeliveryRunner"/> (of two
/// posters one claims it; a poster that dies leaves a claim that is taken over after the lease). Before the week's
/// summary is posted nothing is done: the summary then shows the changed numbers and its publisher posts the pending
/// changes into the new thread. Safe to call after every late submission (the queued background job) and again.
/// </summary>
public sealed class PostLateChanges
{
    private readonly ITeamSettingsStore _teams;
    private readonly IRosterStore _roster;
    private readonly IActionLog _log;
    private readonly DeliveryRunner _runner;
    private readonly ISummaryDelivery _delivery;
    private readonly ComposeWeeklySummary _compose;

    public PostLateChanges(
        ITeamSettingsStore teams, IRosterStore roster, IActionLog log, DeliveryRunner runner, ISummaryDelivery delivery, ComposeWeeklySummary compose)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(compose);
        _teams = teams;
        _roster = roster;
        _log = log;
        _runner = runner;
        _delivery = delivery;
        _compose = compose;
    }

    /// <summary>
    /// Posts every pending late change of <paramref name="week"/> once its summary is posted and, when one was posted,
    /// refreshes the root with the new numbers. Returns how many were posted.
    /// </summary>
    public async Task<int> PostPendingAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        using var activity = ForecastingTelemetry.Source.StartActivity("job late-changes");
        var settings = await _teams.GetAsync(team, cancellationToken);
        var post = settings is null ? null : await SummaryDeliveries.PostedAsync(_log, team, week, cancellationToken);
        if (settings is null || post is null)
        {
            return 0;
        }

        // Who reads the channel now decides where a rep's change may be read.
        var now = await SummaryDeliveries.WithReadersNowAsync(_delivery, settings.Value, cancellationToken);
        if (!SummaryAudience.ChannelGetsDetails(now))
        {
            // Reps can read the channel: a rep's change is not theirs to read. The root shows the new team figures; the
            // change itself goes to the managers and admins privately.
            var figures = await _compose.ComposeAsync(now, week, post.Late, cancellationToken);
            await _delivery.RefreshRootAsync(post, figures, cancellationToken);
            return await PostPrivatelyAsync(now, week, figures.PrivateReaders, cancellationToken);
        }

        var posted = await PostAsync(now, week, post, cancellationToken);
        if (posted > 0)
        {
            var composition = await _compose.ComposeAsync(now, week, post.Late, cancellationToken);
            await _delivery.RefreshRootAsync(post, composition, cancellationToken);
        }

        return posted;
    }

    /// <summary>Posts the pending late changes into the thread of <paramref name="post"/>; stops at the first that is refused. Returns how many.</summary>
    public async Task<int> PostAsync(TeamSettings team, ForecastWeek week, SummaryPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(post);
        var pending = await PendingAsync(team.Id, week, cancellationToken);
        var posted = 0;
        foreach (var record in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = new ActionRecord(record.Team, record.Week, record.Subject, record.Kind);
            var sent = false;
            var (outcome, _) = await SummaryDeliveries.SendAsync(_runner, key, ClaimPolicy.Nested, async (attempt, token) =>
            {
                if (attempt.Payload is not LateChange change)
                {
                    throw new DeliveryException(NotifyOutcome.Unreachable("the late change cannot be read"));
                }

                var name = await RepNameAsync(team.Id, record.Subject, token);
                await _delivery.PostLateChangeAsync(post, team, name, change, attempt, token);
                sent = true;
            }, cancellationToken);
            if (sent && outcome.Kind == NotifyOutcomeKind.Sent)
            {
                posted++;
            }
            else if (outcome.Kind == NotifyOutcomeKind.RetryLater)
            {
                break;
            }
        }

        return posted;
    }

    /// <summary>
    /// The channel gets team figures only: each pending late change goes to every one of <paramref name="readers"/> in
    /// their personal chat, each a delivery record of its own (<see cref="ScheduledActionKind.LateChangePrivate"/>, sent
    /// once). The change's own record is completed when every reader's is done (someone unreachable is skipped, their record
    /// says why); "retry later" leaves it pending for the next call. Returns how many changes were handed out.
    /// </summary>
    public async Task<int> PostPrivatelyAsync(TeamSettings team, ForecastWeek week, IReadOnlyList<RepId> readers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(readers);
        var handed = 0;
        foreach (var record in await PendingAsync(team.Id, week, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = new ActionRecord(record.Team, record.Week, record.Subject, record.Kind);
            var done = false;
            var (outcome, _) = await SummaryDeliveries.SendAsync(_runner, key, ClaimPolicy.Nested, async (attempt, token) =>
            {
                if (attempt.Payload is not LateChange change)
                {
                    throw new DeliveryException(NotifyOutcome.Unreachable("the late change cannot be read"));
                }

                var name = await RepNameAsync(team.Id, record.Subject, token);
                foreach (var reader in readers)
                {
                    var (sent, _) = await SummaryDeliveries.SendAsync(
                        _runner,
                        SummaryDeliveries.PrivateLateChange(team.Id, week, reader, record.Subject),
                        ClaimPolicy.Nested,
                        (inner, innerToken) => _delivery.PostLateChangePrivateAsync(reader, team, name, change, inner, innerToken),
                        token);
                    if (sent.Kind == NotifyOutcomeKind.RetryLater)
                    {
                        throw new DeliveryException(sent);
                    }
                }

                done = true;
            }, cancellationToken);
            if (done && outcome.Kind == NotifyOutcomeKind.Sent)
            {
                handed++;
            }
            else if (outcome.Kind == NotifyOutcomeKind.RetryLater)
            {
                break;
            }
        }

        return handed;
    }

    private async Task<List<ActionRecord>> PendingAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken) =>
        (await _log.ListWeekAsync(team, week, cancellationToken))
            .Where(r => r.Kind == ScheduledActionKind.LateChangePost && r.State is ActionState.Pending or ActionState.Claimed or ActionState.Sending)
            .OrderBy(r => (r.Payload as LateChange)?.At ?? r.UpdatedAt)
            .ThenBy(r => r.Subject, StringComparer.Ordinal)
            .ToList();

    private async Task<string> RepNameAsync(TeamId team, string subject, CancellationToken cancellationToken)
    {
        // RecordSubmission's subject is "<rep id>@<ticks>".
        var at = subject.LastIndexOf('@');
        var repId = at > 0 ? subject[..at] : subject;
        var rep = await _roster.GetAsync(team, RepId.From(repId), cancellationToken);
        return rep is { Value.DisplayName.Length: > 0 } found ? found.Value.DisplayName : repId;
    }
}
