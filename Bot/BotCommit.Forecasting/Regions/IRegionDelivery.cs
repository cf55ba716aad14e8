using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// How the regions' proactive messages reach people (the host: Teams). Each send is one delivery of
/// <see cref="DeliveryRunner"/>, marked through its <see cref="DeliveryAttempt"/> when its request goes on the wire.
/// </summary>
public interface IRegionDelivery
{
    /// <summary>The call card to one of the node's managers, in their personal chat.</summary>
    Task<NotifyOutcome> SendCallCardAsync(RepId manager, CallCardView card, DeliveryAttempt attempt, CancellationToken cancellationToken);

    /// <summary>The region's summary, posted in the region's channel (<paramref name="settings"/>: its currency and zone as they apply).</summary>
    Task<NotifyOutcome> PostSummaryAsync(OrgNode region, EffectiveSettings settings, RegionSummary summary, DeliveryAttempt attempt, CancellationToken cancellationToken);

    /// <summary>The region's monthly forecast review, posted in the region's channel (the same readers as its weekly summary).</summary>
    Task<NotifyOutcome> PostMonthlyReviewAsync(OrgNode region, EffectiveSettings settings, RegionMonthlyReview review, DeliveryAttempt attempt, CancellationToken cancellationToken);
}
