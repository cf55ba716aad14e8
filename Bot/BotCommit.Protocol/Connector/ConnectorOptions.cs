namespace BotCommit.Protocol.Connector;

/// <summary>
/// Outbound pacing and retry settings (section <c>BotCommit:Connector</c>). Defaults are BotCommit's choice below the
/// Teams limits (protocol doc 5.3/5.4): 20 requests/s for the app, 5/s and 50/30 s per conversation; 4 attempts with
/// exponential backoff from 2 s to 30 s unless <c>Retry-After</c> says otherwise.
/// </summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotCommit:Connector";

    /// <summary>Requests per second for the whole app.</summary>
    public int GlobalPermitsPerSecond { get; set; } = 20;

    /// <summary>Requests per second per conversation.</summary>
    public int ConversationPermitsPerSecond { get; set; } = 5;

    /// <summary>Requests per <see cref="ConversationWindow"/> per conversation.</summary>
    public int ConversationPermitsPerWindow { get; set; } = 50;

    /// <summary>Length of the longer per-conversation window; whole seconds, at least one.</summary>
    public TimeSpan ConversationWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many calls may wait for a permit before further calls fail fast.</summary>
    public int QueueLimit { get; set; } = 100_000;

    /// <summary>Attempts per call including the first (retries only on 412/429/502/503/504 and transport errors).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay when the connector gives no <c>Retry-After</c>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one is clamped to this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
