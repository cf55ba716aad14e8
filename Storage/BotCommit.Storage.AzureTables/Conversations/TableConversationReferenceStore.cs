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
/// nudge finds a rep's chat in one read. Last writer wins: the endpoint saves the reference of every inbound activity,
/// and the newest one is the truth. What this process wrote is remembered for <see cref="RewriteAfter"/>: the same
/// reference again (its activity id and verification stamp aside) within that time is not written again, as every turn
/// of a chat would otherwise cost two writes. A state mark (uninstalled, blocked, …) is written to both copies with their ETags and
/// forgets what was remembered. A personal-chat document written before the copy existed holds just the conversation id,
/// which is followed. Thread-safe.
/// </summary>
public sealed class TableConversationReferenceStore : IConversationReferenceStore
{
    public const string ConversationScope = "conversation";
    public const string PersonalChatScope = "personal-chat";

    /// <summary>How long an unchanged reference is not written again by this process.</summary>
    public static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(10);

    private const int Attempts = 3;
    private const int MaxRemembered = 50_000;

    private readonly DocumentTable _documents;
    private readonly TimeProvider _time;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Json, DateTimeOffset At)> _written = new(StringComparer.Ordinal);

    public TableConversationReferenceStore(DocumentTable documents, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents;
        _time = time ?? TimeProvider.System;
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId, nameof(reference));
        var json = Write(reference);
        var comparable = Comparable(reference);
        var now = _time.GetUtcNow();
        if (_written.TryGetValue(conversationId, out var last) && last.Json == comparable && now - last.At < RewriteAfter)
        {
            return;
        }

        await _documents.UpsertAsync(ConversationScope, conversationId, json, cancellationToken);
        if (PersonOf(reference) is { } person)
        {
            await _documents.UpsertAsync(PersonalChatScope, person, json, cancellationToken);
        }

        if (_written.Count >= MaxRemembered)
        {
            _written.Clear();
        }

        _written[conversationId] = (comparable, now);
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
        _written.TryRemove(conversationId, out _);
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

    /// <summary>
    /// The reference as JSON without what changes with every activity: the activity's id (nothing proactive uses it) and the
    /// verification stamp, reduced to "verified or not".
    /// </summary>
    private static string Comparable(ConversationReference reference)
    {
        var (activityId, verified) = (reference.ActivityId, reference.ServiceUrlVerified);
        reference.ActivityId = null;
        reference.ServiceUrlVerified = verified is null ? null : new ServiceUrlVerification();
        try
        {
            return Write(reference);
        }
        finally
        {
            (reference.ActivityId, reference.ServiceUrlVerified) = (activityId, verified);
        }
    }

    private static string Write(ConversationReference reference) => JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference);

    private static ConversationReference? Read(string json) => JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.ConversationReference);
}
