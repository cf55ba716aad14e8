using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Decides which serviceUrls may receive the bot's token. A serviceUrl is usable only when its host is on the allow-list
/// (https; loopback only in Development) and it was verified: seen on an authenticated activity, or taken from a stored
/// reference whose <see cref="ConversationReference.ServiceUrlVerified"/> is set.
/// </summary>
public interface IServiceUrlTrust
{
    /// <summary>True when <paramref name="serviceUrl"/> is https on an allow-listed host (or loopback in Development).</summary>
    bool IsAllowedHost(Uri serviceUrl);

    /// <summary>
    /// Registers the serviceUrl of a stored reference marked verified (e.g. after a restart, before roster calls).
    /// Returns false, and registers nothing, for unverified or non-allow-listed references.
    /// </summary>
    bool TrustVerifiedReference(ConversationReference reference);

    /// <summary>Throws <see cref="UntrustedServiceUrlException"/> unless the serviceUrl may be called for that conversation.</summary>
    Task EnsureTrustedAsync(Uri serviceUrl, string? conversationId, CancellationToken cancellationToken);
}
