using BotCommit.Bot.Conversations;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Pipeline;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The summary's way into the managers' channel (<see cref="ISummaryDelivery"/>): cards from the composition, a new
/// thread for the root (create conversation with <c>channelData.channel.id</c>), replies into the thread, the root
/// replaced in place (PUT). Texts and numbers follow the team's culture (<see cref="SummaryLocale"/>). Teams' answers
/// become delivery outcomes: the app gone from the team, an unverified address or a card too large is unreachable with
/// what to do; throttling and outages are "retry later".
/// </summary>
internal sealed class TeamsSummaryDelivery(
    SummaryChannel channels,
    SummaryThread thread,
    SummaryReaders readers,
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    TimeProvider time,
    ILogger<TeamsSummaryDelivery> logger,
    SummaryOfRecord record)
    : ISummaryDelivery, IPipelineListsDelivery
{
    public async Task<SummaryPost> PostRootAsync(WeeklySummaryComposition summary, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        var post = await PostNewRootAsync(summary, mark, cancellationToken);
        await KeepRecordAsync(summary, cancellationToken);
        return post;
    }

    public async Task<bool> RefreshRootAsync(SummaryPost post, WeeklySummaryComposition summary, CancellationToken cancellationToken)
    {
        var refreshed = await RefreshPostedRootAsync(post, summary, cancellationToken);
        if (refreshed)
        {
            await KeepRecordAsync(summary, cancellationToken);
        }

        return refreshed;
    }

    // What the channel shows is what an export reproduces: the settings and the summary JSON kept with each (re)post.
    // A failure to keep them must not make a posted root look unsent; the next refresh keeps them.
    private async Task KeepRecordAsync(WeeklySummaryComposition summary, CancellationToken cancellationToken)
    {
        try
        {
            await record.KeepAsync(summary, cancellationToken);
        }
        catch (Exception exception) when (exception is BotCommit.Forecasting.Ports.StorageUnavailableException or BotCommit.Forecasting.Ports.ConcurrencyConflictException)
        {
            SummaryLog.RecordNotKept(logger, summary.Team.Id.Value, summary.Summary.Week.ToString(), exception);
        }
    }

    private Task<SummaryPost> PostNewRootAsync(WeeklySummaryComposition summary, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var channelId = summary.Team.SummaryChannel?.ConversationId
            ?? throw new DeliveryException(NotifyOutcome.Unreachable(PublishWeeklySummary.NoChannelReason));
        return GuardAsync(summary.Team, summary.Summary.Week.ToString(), channelId, async reference =>
        {
            var card = SummaryCard.Build(Model(summary), SummaryLocale.For(summary.Team));
            var (threadId, rootId) = await thread.StartAsync(reference, card, channelId, new MarkedAttempts(mark), cancellationToken);
            SummaryLog.Posted(logger, summary.Team.Id.Value, summary.Summary.Week.ToString(), rootId);
            return new SummaryPost(channelId, threadId, rootId, time.GetUtcNow(), summary.Late);
        }, cancellationToken);
    }

    private Task<bool> RefreshPostedRootAsync(SummaryPost post, WeeklySummaryComposition summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(summary);
        var week = summary.Summary.Week.ToString();
        return GuardAsync(summary.Team, week, post.ChannelId, async reference =>
        {
            var card = SummaryCard.Build(Model(summary), SummaryLocale.For(summary.Team));
            if (await thread.RefreshAsync(reference, post.ThreadId, post.RootActivityId, card, cancellationToken))
            {
                SummaryLog.Refreshed(logger, summary.Team.Id.Value, week, post.RootActivityId);
                return true;
            }

            SummaryLog.RootGone(logger, summary.Team.Id.Value, week, post.RootActivityId);
            return false;
        }, cancellationToken);
    }

    public Task PostRepReplyAsync(SummaryPost post, WeeklySummaryComposition summary, RepSummary rep, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rep);
        return GuardAsync(summary.Team, summary.Summary.Week.ToString(), post.ChannelId, async reference =>
        {
            var reply = RepDetailCard.Build(Model(summary).DetailFor(rep, summary.Accuracy.GetValueOrDefault(rep.Rep), summary.Revisions.GetValueOrDefault(rep.Rep)), SummaryLocale.For(summary.Team));
            return await thread.ReplyAsync(reference, post.ThreadId, SummaryThread.Message(reply), new MarkedAttempts(mark), cancellationToken);
        }, cancellationToken);
    }

    public Task PostPrivateAsync(RepId recipient, WeeklySummaryComposition summary, RepSummary? rep, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var locale = SummaryLocale.For(summary.Team);
        var card = rep is null
            ? SummaryCard.Build(Model(summary), locale)
            : RepDetailCard.Build(Model(summary).DetailFor(rep, summary.Accuracy.GetValueOrDefault(rep.Rep)), locale);
        return SendPrivatelyAsync(recipient, summary.Team, summary.Summary.Week.ToString(), SummaryThread.Message(card), mark, cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="card"/> to a manager's or admin's personal chat through the summary's private path (the
    /// monthly review's private copy); failures are <see cref="DeliveryException"/> as for the summary's details.
    /// </summary>
    public Task SendPrivateCardAsync(RepId recipient, TeamSettings team, string period, AdaptiveCard card, IDeliveryMark mark, CancellationToken cancellationToken) =>
        SendPrivatelyAsync(recipient, team, period, SummaryThread.Message(card), mark, cancellationToken);

    // A manager's or admin's personal chat; Teams' answers become delivery outcomes as in the channel.
    private async Task SendPrivatelyAsync(RepId recipient, TeamSettings team, string week, Activity message, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        var reference = await references.GetForUserAsync(recipient.Value, cancellationToken);
        if (reference is null || (reference.State is { } state && state != ConversationReferenceStates.Active && state != ConversationReferenceStates.NotFound))
        {
            throw NotPosted(team, week, "no personal chat with BotCommit for a manager or admin (app not installed for them): the summary's details cannot reach them privately");
        }

        try
        {
            await messenger.SendToUserAsync(
                reference, message, OutboundLane.FanOut(reference.TenantId, team.Id.Value), new MarkedAttempts(mark), cancellationToken);
        }
        catch (MessageTooLargeException exception)
        {
            throw NotPosted(team, week, "Teams refused the summary card as too large (413 MessageSizeTooBig)", exception);
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            throw NotPosted(team, week, "personal chat is " + unreachable, exception);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            SummaryLog.Deferred(logger, team.Id.Value, week, (int)exception.StatusCode);
            throw new DeliveryException(NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode), exception);
        }
    }

    public async Task PostLateChangePrivateAsync(RepId recipient, TeamSettings team, string repName, LateChange change, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(change);
        var text = "**" + CardText.Escape(team.Name) + "** · " + LateChangeText.Format(SummaryLocale.For(team), repName, change);
        await SendPrivatelyAsync(recipient, team, change.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture), MessageFactory.Text(text), mark, cancellationToken);
        SummaryLog.LateChangePosted(logger, team.Id.Value, change.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<int?> CountRepReadersAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.SummaryChannel is not { } channel)
        {
            return null;
        }

        var target = await channels.ReferenceForAsync(channel.ConversationId, cancellationToken);
        if (target.Reference is not { } reference)
        {
            return null;
        }

        try
        {
            var (connector, serviceUrl) = thread.ReaderOf(reference);
            return (await readers.CountAsync(connector, serviceUrl, team.Id, channel.ConversationId, cancellationToken))?.Reps;
        }
        catch (ArgumentException)
        {
            return null; // no usable serviceUrl: not known
        }
    }

    public Task PostLateChangeAsync(SummaryPost post, TeamSettings team, string repName, LateChange change, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(change);
        var week = change.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return GuardAsync(team, week, post.ChannelId, async reference =>
        {
            var text = LateChangeText.Format(SummaryLocale.For(team), repName, change);
            var id = await thread.ReplyAsync(reference, post.ThreadId, MessageFactory.Text(text), new MarkedAttempts(mark), cancellationToken);
            SummaryLog.LateChangePosted(logger, team.Id.Value, week);
            return id;
        }, cancellationToken);
    }

    public Task PostInThreadAsync(SummaryPost post, PipelineListsComposition lists, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(lists);
        var week = lists.Lists.Week.ToString();
        return GuardAsync(lists.Team, week, post.ChannelId, async reference =>
        {
            var card = PipelineListsCard.Build(lists.Lists, lists.Size, lists.Stalled, SummaryLocale.For(lists.Team));
            var id = await thread.ReplyAsync(reference, post.ThreadId, SummaryThread.Message(card), new MarkedAttempts(mark), cancellationToken);
            SummaryLog.ListsPosted(logger, lists.Team.Id.Value, week, lists.Stalled.Count);
            return id;
        }, cancellationToken);
    }

    public Task PostPrivateAsync(RepId recipient, PipelineListsComposition lists, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var card = PipelineListsCard.Build(lists.Lists, lists.Size, lists.Stalled, SummaryLocale.For(lists.Team));
        return SendPrivatelyAsync(recipient, lists.Team, lists.Lists.Week.ToString(), SummaryThread.Message(card), mark, cancellationToken);
    }

    /// <summary>The card model of a composition (every figure from the domain, none recomputed).</summary>
    public static SummaryCardModel Model(WeeklySummaryComposition summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new SummaryCardModel(summary.Summary, summary.Team.Currency)
        {
            TeamName = summary.Team.Name,
            Late = summary.Late,
            TeamFiguresOnly = summary.TeamFiguresOnly,
            Deals = summary.Deals,
            PreviousDeals = summary.PreviousDeals,
        };
    }

    private async Task<T> GuardAsync<T>(TeamSettings team, string week, string channelId, Func<ConversationReference, Task<T>> send, CancellationToken cancellationToken)
    {
        var target = await channels.ReferenceForAsync(channelId, cancellationToken);
        if (target.Reference is not { } reference)
        {
            throw NotPosted(team, week, target.Problem!);
        }

        try
        {
            return await send(reference);
        }
        catch (MessageTooLargeException exception)
        {
            throw NotPosted(team, week, "Teams refused the summary card as too large (413 MessageSizeTooBig)", exception);
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } state)
        {
            channels.Forget(channelId);
            throw NotPosted(team, week, $"the summary channel is {state} for BotCommit: re-add the app to the team, then type 'set channel' in the channel again", exception);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            SummaryLog.Deferred(logger, team.Id.Value, week, (int)exception.StatusCode);
            throw new DeliveryException(NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode), exception);
        }
        catch (UntrustedServiceUrlException exception)
        {
            throw NotPosted(team, week, "the summary channel's Teams address is not verified: mention BotCommit in the channel once, then retry", exception);
        }
    }

    private DeliveryException NotPosted(TeamSettings team, string week, string reason, Exception? exception = null)
    {
        SummaryLog.NotPosted(logger, team.Id.Value, week, reason);
        return new DeliveryException(NotifyOutcome.Unreachable(reason), exception);
    }
}
