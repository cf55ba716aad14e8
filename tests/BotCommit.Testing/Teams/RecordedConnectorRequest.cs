namespace BotCommit.Testing.Teams;

/// <summary>One request the fake Teams connector received.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="RawTarget">Path and query exactly as sent (still percent-escaped).</param>
/// <param name="Path">Decoded path.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="ContentType">The Content-Type header, or null.</param>
/// <param name="Body">The body as text ("" when none).</param>
/// <param name="At">When it arrived, on the fake's clock.</param>
public sealed record RecordedConnectorRequest(
    string Method,
    string RawTarget,
    string Path,
    string? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset At);
