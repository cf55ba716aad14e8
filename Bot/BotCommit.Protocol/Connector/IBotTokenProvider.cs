namespace BotCommit.Protocol.Connector;

/// <summary>
/// Supplies the bot's bearer token for Bot Connector calls. The default uses MSAL client credentials for
/// <c>https://api.botframework.com/.default</c>; returns null when no credentials are configured (anonymous mode).
/// </summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token (cached); <paramref name="forceRefresh"/> bypasses the cache after a connector 401.</summary>
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
