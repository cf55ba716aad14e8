using System.Collections.Concurrent;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Regions;

/// <summary>A fake <see cref="IRegionDelivery"/> that keeps what was sent, marking each send as on the wire.</summary>
internal sealed class RecordingRegionDelivery : IRegionDelivery
{
    public ConcurrentQueue<(RepId Manager, CallCardView Card)> Cards { get; } = new();

    public ConcurrentQueue<(OrgNode Region, RegionSummary Summary)> Posts { get; } = new();

    public ConcurrentQueue<(OrgNode Region, RegionMonthlyReview Review)> MonthlyReviews { get; } = new();

    public async Task<NotifyOutcome> PostMonthlyReviewAsync(OrgNode region, EffectiveSettings settings, RegionMonthlyReview review, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        await attempt.OnWireAsync(cancellationToken);
        MonthlyReviews.Enqueue((region, review));
        return NotifyOutcome.Sent;
    }

    public async Task<NotifyOutcome> SendCallCardAsync(RepId manager, CallCardView card, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        await attempt.OnWireAsync(cancellationToken);
        Cards.Enqueue((manager, card));
        return NotifyOutcome.Sent;
    }

    public async Task<NotifyOutcome> PostSummaryAsync(OrgNode region, EffectiveSettings settings, RegionSummary summary, DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        await attempt.OnWireAsync(cancellationToken);
        Posts.Enqueue((region, summary));
        return NotifyOutcome.Sent;
    }
}
