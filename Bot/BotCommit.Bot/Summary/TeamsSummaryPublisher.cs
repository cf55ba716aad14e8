using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Posts the Monday summary to the team's managers' channel: the parent card as a new thread, then one reply per rep
/// (sequentially, paced by the protocol layer), then any late changes already pending. Where it was posted is
/// remembered (<see cref="SummaryPostStore"/>) before the replies, and each reply is recorded as it goes, so a retry or
/// a second "summary now" never posts a second parent: it refreshes the root (PUT) and posts only the missing replies.
/// No channel, or a channel the bot cannot reach, is <see cref="NotifyOutcome.Unreachable"/> with what to do about it;
/// throttling and connector outages are <see cref="NotifyOutcome.RetryLater"/>.
/// </summary>
internal sealed class TeamsSummaryPublisher(
    SummaryChannel channel,
    SummaryComposer composer,
    SummaryPostStore posts,
    SummaryThread thread,
    LateChangePoster lateChanges,
    TimeProvider time,
    ILogger<TeamsSummaryPublisher> logger) : ISummaryPublisher
{
    public async Task<NotifyOutcome> PublishAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        try
        {
            var outcome = await PublishCoreAsync(team, week, late, cancellationToken);
            if (outcome.Kind == NotifyOutcomeKind.Unreachable)
            {
                SummaryLog.NotPosted(logger, team.Id.Value, week.ToString(), outcome.Reason ?? string.Empty);
            }

            return outcome;
        }
        catch (MessageTooLargeException)
        {
            return NotPosted(team, week, "Teams refused the summary card as too large (413 MessageSizeTooBig)");
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } state)
        {
            return NotPosted(team, week, $"the summary channel is {state} for BotCommit: re-add the app to the team, then type 'set channel' in the channel again");
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            SummaryLog.Deferred(logger, team.Id.Value, week.ToString(), (int)exception.StatusCode);
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
        catch (UntrustedServiceUrlException)
        {
            return NotPosted(team, week, "the summary channel's Teams address is not verified: mention BotCommit in the channel once, then retry");
        }
        catch (ConcurrencyConflictException)
        {
            return NotifyOutcome.RetryLater("the summary record was changed concurrently");
        }
    }

    private async Task<NotifyOutcome> PublishCoreAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken)
    {
        var stored = await posts.GetAsync(team.Id, week, cancellationToken);
        var locale = SummaryLocale.For(team);
        SummaryPostRecord? record = null;
        string? etag = null;
        SummaryComposition? composition = null;
        ConversationReference? reference = null;

        if (stored is { } existing)
        {
            // Already posted: refresh the parent where it is (even if the admin chose another channel since).
            var target = await channel.ReferenceForAsync(existing.Value.ChannelId, cancellationToken);
            if (target.Reference is null)
            {
                return NotifyOutcome.Unreachable(target.Problem!);
            }

            reference = target.Reference;
            composition = await composer.ComposeAsync(team, week, existing.Value.Late, cancellationToken);
            if (composition is null)
            {
                return NotifyOutcome.Unreachable("the team's settings are gone");
            }

            var card = SummaryCard.Build(composition.Model, locale);
            if (await thread.RefreshAsync(reference, existing.Value.ThreadId, existing.Value.RootActivityId, card, cancellationToken))
            {
                record = existing.Value;
                etag = existing.Version;
                SummaryLog.Refreshed(logger, team.Id.Value, week.ToString(), record.RootActivityId);
            }
            else
            {
                SummaryLog.RootGone(logger, team.Id.Value, week.ToString(), existing.Value.RootActivityId);
            }
        }

        if (record is null)
        {
            var target = await channel.ResolveAsync(team.Id, cancellationToken);
            if (target.Reference is null)
            {
                return NotifyOutcome.Unreachable(target.Problem!);
            }

            reference = target.Reference;
            composition = await composer.ComposeAsync(team, week, late, cancellationToken);
            if (composition is null)
            {
                return NotifyOutcome.Unreachable("the team's settings are gone");
            }

            var card = SummaryCard.Build(composition.Model, locale);
            var (threadId, rootId) = await thread.StartAsync(reference, card, target.ChannelId!, cancellationToken);
            record = new SummaryPostRecord(team.Id.Value, week.ToString(), target.ChannelId!, threadId, rootId, time.GetUtcNow(), late);
            try
            {
                etag = await posts.SaveAsync(team.Id, week, record, stored?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Someone else recorded a post meanwhile: remove ours; the next attempt refreshes theirs.
                await thread.DeleteAsync(reference, threadId, rootId, cancellationToken);
                SummaryLog.DuplicateRemoved(logger, team.Id.Value, week.ToString(), rootId);
                throw;
            }

            SummaryLog.Posted(logger, team.Id.Value, week.ToString(), rootId);
        }

        var done = new HashSet<string>(record.RepliesPosted, StringComparer.Ordinal);
        foreach (var detail in composition!.Details())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (done.Contains(detail.Rep.Rep.Value))
            {
                continue;
            }

            var reply = RepDetailCard.Build(detail, locale);
            await thread.ReplyAsync(reference!, record.ThreadId, SummaryThread.Message(reply), cancellationToken);
            done.Add(detail.Rep.Rep.Value);
            record = record with { RepliesPosted = [.. record.RepliesPosted, detail.Rep.Rep.Value] };
            etag = await posts.SaveAsync(team.Id, week, record, etag, cancellationToken);
        }

        await PostLateChangesAsync(team, week, record, reference!, cancellationToken);
        return NotifyOutcome.Sent;
    }

    // The summary is out; a late change that cannot be posted now stays pending for the next call.
    private async Task PostLateChangesAsync(TeamSettings team, ForecastWeek week, SummaryPostRecord record, ConversationReference reference, CancellationToken cancellationToken)
    {
        try
        {
            await lateChanges.PostAsync(team, week, record, reference, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            SummaryLog.LateChangesDeferred(logger, team.Id.Value, week.ToString(), "Teams answered " + (int)exception.StatusCode);
        }
    }

    private NotifyOutcome NotPosted(TeamSettings team, ForecastWeek week, string reason)
    {
        SummaryLog.NotPosted(logger, team.Id.Value, week.ToString(), reason);
        return NotifyOutcome.Unreachable(reason);
    }
}
