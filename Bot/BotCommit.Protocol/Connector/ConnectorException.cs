using System.Net;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// A non-success answer of the Bot Connector, after retries. <see cref="Code"/> and <see cref="SubCode"/> are parsed
/// from either error shape Teams uses (<c>{"error":{"code","message"}}</c>, or a JSON string nested in
/// <c>message</c> carrying <c>subCode</c>, e.g. <c>MessageWritesBlocked</c>).
/// </summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? code, string? subCode, string? errorMessage, TimeSpan? retryAfter)
        : base(Describe(statusCode, code, subCode))
    {
        StatusCode = statusCode;
        Code = code;
        SubCode = subCode;
        ErrorMessage = errorMessage;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>Error code, e.g. <c>ConversationNotFound</c>, <c>BotNotInConversationRoster</c>.</summary>
    public string? Code { get; }

    /// <summary>Sub-code from a nested error, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? SubCode { get; }

    /// <summary>The connector's message text (not shown to users).</summary>
    public string? ErrorMessage { get; }

    /// <summary>The <c>Retry-After</c> the connector asked for, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the code or sub-code equals <paramref name="code"/> (ordinal, case-insensitive).</summary>
    public bool Is(string code) =>
        string.Equals(Code, code, StringComparison.OrdinalIgnoreCase)
        || string.Equals(SubCode, code, StringComparison.OrdinalIgnoreCase);

    private static string Describe(HttpStatusCode statusCode, string? code, string? subCode) =>
        $"The Bot Connector answered {(int)statusCode} ({code ?? "no code"}{(subCode is null ? string.Empty : "/" + subCode)}).";
}
