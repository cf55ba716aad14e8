namespace BotCommit.Protocol.Schema;

/// <summary>
/// Proof that a stored <see cref="ConversationReference.ServiceUrl"/> came from an authenticated activity whose token
/// carried a matching <c>serviceurl</c> claim (activity spec A7560). Only such references may receive the bot's token.
/// </summary>
public sealed class ServiceUrlVerification
{
    public string? ActivityId { get; set; }

    public DateTimeOffset AtUtc { get; set; }
}
