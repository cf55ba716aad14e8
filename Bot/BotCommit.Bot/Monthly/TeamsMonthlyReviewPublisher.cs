using BotCommit.Bot.Conversations;
using BotCommit.Bot.Summary;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Monthly;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;

namespace BotCommit.Bot.Monthly;

/// <summary>
/// Posts the monthly review to the team's managers' channel (<see cref="IMonthlyReviewPublisher"/>) as a thread of its own,
/// rendered by <see cref="MonthlyReviewCard"/> in the team's language. The audience check is the weekly summary's
/// (<see cref="SummaryAudience.ChannelGetsDetails"/>): a channel reps can read gets the team figures only. Teams' answers
/// become outcomes as for the summary (no channel, app removed, unverified address: unreachable; throttling: retry later).
/// </summary>
internal sealed class TeamsMonthlyReviewPublisher(
    BotCommit.Bot.Summary.SummaryChannel channels, SummaryThread thread, ILogger<TeamsMonthlyReviewPublisher> logger) : IMonthlyReviewPublisher
{
    /// <summary>
    /// The review's card as the channel (<paramref name="teamFiguresOnly"/> as its audience says) gets it, from a review's whole
    /// content — what an export's offline review is rendered with to compare it to the post. The post carries the figures
    /// (<see cref="Card(TeamSettings, MonthlyReview, bool)"/>); the funnel, TOP lists and stalled deals join it when the
    /// publisher is given the whole content.
    /// </summary>
    public static AdaptiveCard Card(TeamSettings team, BotCommit.Exchange.Monthly.MonthlyReviewContent content, bool teamFiguresOnly)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Card(team, content.Review, teamFiguresOnly);
    }

    /// <summary>The card of the review's figures, as posted: one place, so that an export's offline review renders the same.</summary>
    public static AdaptiveCard Card(TeamSettings team, MonthlyReview review, bool teamFiguresOnly)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(review);
        var model = new MonthlyReviewCardModel(review, team.Currency)
        {
            TeamName = team.Name,
            TeamFiguresOnly = teamFiguresOnly,
        };
        return MonthlyReviewCard.Build(model, SummaryLocale.For(team));
    }

    public async Task<NotifyOutcome> PostAsync(TeamSettings team, YearMonth month, MonthlyReview review, IDeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(review);
        if (team.SummaryChannel?.ConversationId is not { } channelId)
        {
            return NotPosted(team, month, PublishWeeklySummary.NoChannelReason);
        }

        var target = await channels.ReferenceForAsync(channelId, cancellationToken);
        if (target.Reference is not { } reference)
        {
            return NotPosted(team, month, target.Problem!);
        }

        var card = Card(team, review, teamFiguresOnly: !SummaryAudience.ChannelGetsDetails(team));
        try
        {
            var (_, rootId) = await thread.StartAsync(reference, card, channelId, new MarkedAttempts(mark), cancellationToken);
            MonthlyLog.ReviewPosted(logger, team.Id.Value, month.ToString(), rootId);
            return NotifyOutcome.Sent;
        }
        catch (MessageTooLargeException)
        {
            return NotPosted(team, month, "Teams refused the monthly review card as too large (413 MessageSizeTooBig)");
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } state)
        {
            channels.Forget(channelId);
            return NotPosted(team, month, $"the summary channel is {state} for BotCommit: re-add the app to the team, then type 'set channel' in the channel again");
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
        catch (UntrustedServiceUrlException)
        {
            return NotPosted(team, month, "the summary channel's Teams address is not verified: mention BotCommit in the channel once, then retry");
        }
    }

    private NotifyOutcome NotPosted(TeamSettings team, YearMonth month, string reason)
    {
        MonthlyLog.ReviewNotPosted(logger, team.Id.Value, month.ToString(), reason);
        return NotifyOutcome.Unreachable(reason);
    }
}
