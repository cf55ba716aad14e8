using System.Text.Json;
using BotCommit.Forecasting.Ports;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Conversations;

/// <summary>
/// Conversation references in Azure Tables: one document per conversation (1:1 chat or channel), plus an index from a
/// person's Entra object id to their 1:1 chat, so proactive nudges find each rep. Last writer wins: every inbound
/// activity refreshes the reference, and the newest one is the truth.
/// </summary>
internal sealed class TableConversationReferenceStore(DocumentTable documents) : IConversationReferenceStore
{
    internal const string ConversationScope = "conversation";
    internal const string PersonalChatScope = "personal-chat";

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId, nameof(reference));
        await documents.UpsertAsync(ConversationScope, conversationId, JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference), cancellationToken);
        if (string.Equals(reference.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
            && reference.User?.AadObjectId is { Length: > 0 } aadObjectId)
        {
            await documents.UpsertAsync(PersonalChatScope, aadObjectId.ToUpperInvariant(), JsonSerializer.Serialize(conversationId), cancellationToken);
        }
    }

    public async Task<ConversationReference?> GetForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var index = await documents.GetAsync(PersonalChatScope, aadObjectId.ToUpperInvariant(), cancellationToken);
        return index is { } found && JsonSerializer.Deserialize<string>(found.Json) is { Length: > 0 } conversationId
            ? await GetForConversationAsync(conversationId, cancellationToken)
            : null;
    }

    public async Task<ConversationReference?> GetForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var document = await documents.GetAsync(ConversationScope, conversationId, cancellationToken);
        return document is { } found
            ? JsonSerializer.Deserialize(found.Json, ProtocolJsonContext.Default.ConversationReference)
            : null;
    }

    public async Task MarkStateAsync(string conversationId, string state, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var document = await documents.GetAsync(ConversationScope, conversationId, cancellationToken);
            if (document is not { } found
                || JsonSerializer.Deserialize(found.Json, ProtocolJsonContext.Default.ConversationReference) is not { } reference)
            {
                return;
            }

            reference.State = state;
            try
            {
                await documents.SaveAsync(ConversationScope, conversationId,
                    JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference), found.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // Another activity refreshed the reference meanwhile: re-read and apply the state again.
            }
        }
    }
}
