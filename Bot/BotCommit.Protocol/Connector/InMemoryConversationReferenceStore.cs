using System.Collections.Concurrent;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Connector;

/// <summary>Process-local <see cref="IConversationReferenceStore"/> (development and tests). Thread-safe.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _personalByUser = new(StringComparer.OrdinalIgnoreCase);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversationId = reference.Conversation?.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId, nameof(reference));
        _byConversation[conversationId] = reference;
        if (string.Equals(reference.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
            && reference.User?.AadObjectId is { Length: > 0 } aadObjectId)
        {
            _personalByUser[aadObjectId] = conversationId;
        }

        return Task.CompletedTask;
    }

    public Task<ConversationReference?> GetForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return Task.FromResult(
            _personalByUser.TryGetValue(aadObjectId, out var conversationId)
            && _byConversation.TryGetValue(conversationId, out var reference)
                ? reference
                : null);
    }

    public Task<ConversationReference?> GetForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return Task.FromResult(_byConversation.TryGetValue(conversationId, out var reference) ? reference : null);
    }

    public Task MarkStateAsync(string conversationId, string state, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        if (_byConversation.TryGetValue(conversationId, out var reference))
        {
            reference.State = state;
        }

        return Task.CompletedTask;
    }
}
