using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The Teams address of a managers' channel: its stored conversation reference (saved by the endpoint from the channel's
/// activities, keyed by channel id), or, when it cannot be used, the problem in words an admin can act on (shown in the
/// schedule's status). Addresses are kept for a minute, so a summary's replies do not each read it again.
/// </summary>
internal sealed class SummaryChannel(IConversationReferenceStore references, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ConversationReference Reference, DateTimeOffset At)> _known =
        new(StringComparer.Ordinal);

    public async Task<SummaryChannelTarget> ReferenceForAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        if (_known.TryGetValue(channelId, out var known) && clock.GetUtcNow() - known.At < KeepFor)
        {
            return new SummaryChannelTarget(channelId, known.Reference, null);
        }

        var reference = await references.GetForConversationAsync(channelId, cancellationToken);
        if (reference is null || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return SummaryChannelTarget.Unusable(
                "BotCommit has no address for the summary channel: add the app to that team, mention it in the channel, then type 'set channel' there again");
        }

        if (reference.State is { } state && state != ConversationReferenceStates.Active)
        {
            _known.TryRemove(channelId, out _);
            return SummaryChannelTarget.Unusable(
                $"the summary channel is {state} for BotCommit: re-add the app to the team, then type 'set channel' in the channel again");
        }

        _known[channelId] = (reference, clock.GetUtcNow());
        return new SummaryChannelTarget(channelId, reference, null);
    }

    /// <summary>Forgets a channel's address (Teams refused it: the app was removed).</summary>
    public void Forget(string channelId) => _known.TryRemove(channelId, out _);
}
