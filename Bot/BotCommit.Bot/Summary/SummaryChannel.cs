using System.Text.Json;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Finds the team's managers' channel: the admin's <c>set channel</c> choice (DocumentTable scope
/// <see cref="Scope"/>, key = team id, <c>{"conversationId":"…"}</c>) and the channel's stored conversation reference
/// (saved by the endpoint from the channel's activities, keyed by channel id).
/// </summary>
internal sealed class SummaryChannel(DocumentTable documents, IConversationReferenceStore references)
{
    public const string Scope = "summary-channel";

    /// <summary>The chosen channel's id, or null when no admin has chosen one.</summary>
    public async Task<string?> GetChannelIdAsync(TeamId team, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync(Scope, team.Value, cancellationToken);
        if (document is not { } found)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(found.Json, SummaryJsonContext.Default.SummaryChannelDocument)?.ConversationId is { Length: > 0 } id
                ? id
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task<SummaryChannelTarget> ResolveAsync(TeamId team, CancellationToken cancellationToken)
    {
        var channelId = await GetChannelIdAsync(team, cancellationToken);
        return channelId is null
            ? SummaryChannelTarget.Unusable("no summary channel chosen: an admin types 'set channel' in the managers' channel")
            : await ReferenceForAsync(channelId, cancellationToken);
    }

    public async Task<SummaryChannelTarget> ReferenceForAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var reference = await references.GetForConversationAsync(channelId, cancellationToken);
        if (reference is null || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return SummaryChannelTarget.Unusable(
                "BotCommit has no address for the summary channel: add the app to that team, mention it in the channel, then type 'set channel' there again");
        }

        if (reference.State is { } state && state != ConversationReferenceStates.Active)
        {
            return SummaryChannelTarget.Unusable(
                $"the summary channel is {state} for BotCommit: re-add the app to the team, then type 'set channel' in the channel again");
        }

        return new SummaryChannelTarget(channelId, reference, null);
    }
}
