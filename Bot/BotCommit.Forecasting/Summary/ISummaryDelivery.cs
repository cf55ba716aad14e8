using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// The narrow port through which the summary reaches the managers' channel (the bot host implements it with cards and
/// the Teams connector). Each call is one message; the use cases guarantee "once" through delivery records, so an
/// implementation must not de-duplicate, and must pass <c>mark</c> to the transport so the record says "sending" when
/// the request goes on the wire. Failures are <see cref="DeliveryException"/>: unreachable (with what an admin can do)
/// or retry later.
/// </summary>
public interface ISummaryDelivery
{
    /// <summary>Posts the summary as a new thread in the team's chosen channel (<c>TeamSettings.SummaryChannel</c>); where it went.</summary>
    Task<SummaryPost> PostRootAsync(WeeklySummaryComposition summary, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>Replaces the root post where it is (also after the admin chose another channel); false when Teams no longer has it.</summary>
    Task<bool> RefreshRootAsync(SummaryPost post, WeeklySummaryComposition summary, CancellationToken cancellationToken);

    /// <summary>Posts one rep's reply (their figures, deals and accuracy) into the thread.</summary>
    Task PostRepReplyAsync(SummaryPost post, WeeklySummaryComposition summary, RepSummary rep, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the details the channel does not get to <paramref name="recipient"/>'s personal chat: the full summary
    /// (deals and every rep's line) when <paramref name="rep"/> is null, else that rep's figures, deals and accuracy.
    /// </summary>
    Task PostPrivateAsync(RepId recipient, WeeklySummaryComposition summary, RepSummary? rep, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>Posts "Alex: changed after cutoff: …" into the thread, in the team's language.</summary>
    Task PostLateChangeAsync(SummaryPost post, TeamSettings team, string repName, LateChange change, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>Sends "Alex: changed after cutoff: …" (with the team's name) to <paramref name="recipient"/>'s personal chat.</summary>
    Task PostLateChangePrivateAsync(RepId recipient, TeamSettings team, string repName, LateChange change, IDeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>
    /// How many active reps on the roster can read the team's summary channel now (its members read from Teams again);
    /// null when Teams cannot tell or no channel is chosen.
    /// </summary>
    Task<int?> CountRepReadersAsync(TeamSettings team, CancellationToken cancellationToken);
}
