using BotCommit.Bot.Conversations;
using BotCommit.Bot.Summary;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Monthly;
using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Regions;

/// <summary>
/// The domain's <see cref="IRegionDelivery"/> in Teams: the call card in the manager's personal chat (their language as
/// their Teams last said), the region's summary as a new post in the region's channel. Each send carries the
/// delivery's mark; a person or channel BotCommit cannot reach is reported unreachable (an admin acts on it).
/// </summary>
internal sealed class TeamsRegionDelivery(IConversationReferenceStore references, BotCommit.Bot.Summary.SummaryChannel channels, ProactiveMessenger messenger) : IRegionDelivery
{
    public async Task<NotifyOutcome> SendCallCardAsync(RepId manager, CallCardView card, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(attempt);
        var reference = await references.GetForUserAsync(manager.Value, cancellationToken);
        if (reference is null)
        {
            return NotifyOutcome.Unreachable("no personal chat with BotCommit (app not installed for this manager)");
        }

        var reader = CardLocale.For(reference.Locale, null);
        var built = CallCard.Build(card, new CardLocale(reader.UiCulture, reader.FormatCulture) { TimeZoneId = card.TimeZoneId });
        try
        {
            await messenger.SendToUserAsync(
                reference, MessageFactory.Card(built.ToJson(), built.FallbackText), OutboundLane.FanOut(reference.TenantId, card.Node.Id.Value), new MarkedAttempts(attempt), cancellationToken);
            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            return NotifyOutcome.Unreachable("personal chat is " + unreachable);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }

    public Task<NotifyOutcome> PostSummaryAsync(OrgNode region, EffectiveSettings settings, RegionSummary summary, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(summary);
        return PostAsync(region, attempt, RegionSummaryCard.Build(region, summary, settings.Currency, LocaleOf(settings)), cancellationToken);
    }

    public Task<NotifyOutcome> PostMonthlyReviewAsync(OrgNode region, EffectiveSettings settings, RegionMonthlyReview review, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(review);
        return PostAsync(region, attempt, RegionMonthlyReviewCard.Build(review, settings.Currency, LocaleOf(settings)), cancellationToken);
    }

    /// <summary>Amounts in the region's currency, instants on its zone; English until a region has a language of its own.</summary>
    private static CardLocale LocaleOf(EffectiveSettings settings) =>
        new(CardLocale.English.UiCulture, CardLocale.English.FormatCulture) { TimeZoneId = settings.TimeZoneId };

    /// <summary>A new post in the region's channel (the readers the weekly region summary has).</summary>
    private async Task<NotifyOutcome> PostAsync(OrgNode region, DeliveryAttempt attempt, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (region.ChannelId is not { } channelId)
        {
            return NotifyOutcome.Unreachable("the region has no summary channel: type 'set region channel' in it");
        }

        var target = await channels.ReferenceForAsync(channelId, cancellationToken);
        if (target.Reference is not { } reference)
        {
            return NotifyOutcome.Unreachable(target.Problem ?? "no address for the region's channel");
        }

        try
        {
            await messenger.PostToChannelAsync(
                reference, MessageFactory.Card(card.ToJson(), card.FallbackText), OutboundLane.FanOut(reference.TenantId, region.Id.Value), new MarkedAttempts(attempt), cancellationToken);
            return NotifyOutcome.Sent;
        }
        catch (ConnectorException exception) when (ProactiveMessenger.StateFor(exception) is { } unreachable)
        {
            channels.Forget(channelId);
            return NotifyOutcome.Unreachable("the region's channel is " + unreachable);
        }
        catch (ConnectorException exception) when ((int)exception.StatusCode is 429 or >= 500)
        {
            return NotifyOutcome.RetryLater("Teams answered " + (int)exception.StatusCode);
        }
    }
}
