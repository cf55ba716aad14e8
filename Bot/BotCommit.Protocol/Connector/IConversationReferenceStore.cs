using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Persisted conversation references (protocol doc 4.5). The endpoint saves the reference of every authenticated
/// activity: per user for personal chats, per channel for channel conversations. The default is in memory; the host
/// replaces it with a durable store.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference keyed by its conversation id (and, for personal chats, its user).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The personal-chat reference of a user, by Entra object id.</summary>
    Task<ConversationReference?> GetForUserAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The reference of a conversation (personal chat id or channel id).</summary>
    Task<ConversationReference?> GetForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Sets <see cref="ConversationReference.State"/> (see <see cref="ConversationReferenceStates"/>).</summary>
    Task MarkStateAsync(string conversationId, string state, CancellationToken cancellationToken);
}
