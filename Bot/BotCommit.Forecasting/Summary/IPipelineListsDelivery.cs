using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// The port through which the TOP lists and stalled deals reach the summary's readers (the host implements it with a card
/// and the Teams connector). One call is one message; "once" is the use case's (<see cref="PostPipelineLists"/>), so an
/// implementation passes <c>mark</c> to the transport and does not de-duplicate. Failures are <see cref="DeliveryException"/>.
/// </summary>
public interface IPipelineListsDelivery
{
    /// <summary>Replies with the lists in the summary's thread.</summary>
    Task PostInThreadAsync(SummaryPost post, PipelineListsComposition lists, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>Sends the lists to <paramref name="recipient"/>'s personal chat (with the team's name).</summary>
    Task PostPrivateAsync(RepId recipient, PipelineListsComposition lists, IDeliveryMark mark, CancellationToken cancellationToken);
}
