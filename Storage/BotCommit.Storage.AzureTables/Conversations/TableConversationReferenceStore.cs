using System.Text.Json;
using BotCommit.Forecasting.Ports;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Storage.AzureTables.Conversations;

/// <summary>
/// The protocol layer's <see cref="IConversationReferenceStore"/> on the Documents table (the one store that knows the
/// protocol's types): one document per conversation (1:1 chat or channel, scope <see cref="ConversationScope"/>) and, for
/// a personal chat, a copy under the person's Entra object id (scope <see cref="PersonalChatScope"/>), so a proactive
/// nudge finds a rep's chat in one read. Last writer wins: every inbound activity refreshes the reference, and the newest
/// one is the truth; a state mark (uninstalled, blocked, …) is written to both copies with their ETags. A personal-chat
/// document written before the copy existed holds just the conversation id, which is followed. Thread-safe.
/// </summary>
public sealed class TableConversationReferenceStore : IConversationReferenceStore
{
    public const string ConversationScope = "conversation";
    public const string PersonalChatScope = "personal-chat";

    private const int Attempts = 3;

    private readonly DocumentTable _documents;

    public TableConversationReferenceStore(DocumentTable documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents;
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId, nameof(reference));
        var json = Write(reference);
        await _documents.UpsertAsync(ConversationScope, conversationId, json, cancellationToken);
        if (PersonOf(reference) is { } person)
        {
            await _documents.UpsertAsync(PersonalChatScope, person, json, cancellationToken);
        }
    }

    public async Task<ConversationReference?> GetForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var document = await _documents.GetAsync(PersonalChatScope, aadObjectId.ToUpperInvariant(), cancellationToken);
        if (document is not { } found)
        {
            return null;
        }

        // Older documents hold only the conversation id (a JSON string).
        return found.Json.TrimStart().StartsWith('"')
            ? JsonSerializer.Deserialize<string>(found.Json) is { Length: > 0 } conversationId
                ? await GetForConversationAsync(conversationId, cancellationToken)
                : null
            : Read(found.Json);
    }

    public async Task<ConversationReference?> GetForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var document = await _documents.GetAsync(ConversationScope, conversationId, cancellationToken);
        return document is { } found ? Read(found.Json) : null;
    }

    public async Task MarkStateAsync(string conversationId, string state, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var person = await MarkAsync(ConversationScope, conversationId, state, cancellationToken);
        if (person is not null)
        {
            await MarkAsync(PersonalChatScope, person, state, cancellationToken, onlyConversation: conversationId);
        }
    }

    /// <summary>Sets the state on one document (re-reading on a race); returns the person of a personal chat, if any.</summary>
    private async Task<string?> MarkAsync(string scope, string key, string state, CancellationToken cancellationToken, string? onlyConversation = null)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var document = await _documents.GetAsync(scope, key, cancellationToken);
            if (document is not { } found || found.Json.TrimStart().StartsWith('"') || Read(found.Json) is not { } reference
                || (onlyConversation is not null && reference.Conversation?.Id != onlyConversation))
            {
                return null;
            }

            reference.State = state;
            try
            {
                await _documents.SaveAsync(scope, key, Write(reference), found.ETag, cancellationToken);
                return PersonOf(reference);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Another activity refreshed the reference meanwhile: re-read and apply the state again.
            }
        }

        return null;
    }

    private static string? PersonOf(ConversationReference reference) =>
        string.Equals(reference.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        && reference.User?.AadObjectId is { Length: > 0 } aadObjectId
            ? aadObjectId.ToUpperInvariant()
            : null;

    private static string Write(ConversationReference reference) => JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);

    private static ConversationReference? Read(string json) => JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.ConversationReference);
}
