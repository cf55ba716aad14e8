using System.Net;

namespace BotCommit.Protocol.Connector;

/// <summary>The connector refused the activity as too large (413 <c>MessageSizeTooBig</c>); split or shrink, never retry as is.</summary>
public sealed class MessageTooLargeException : ConnectorException
{
    public MessageTooLargeException()
    {
    }

    public MessageTooLargeException(string message)
        : base(message)
    {
    }

    public MessageTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MessageTooLargeException(string? code, string? subCode, string? errorMessage)
        : base(HttpStatusCode.RequestEntityTooLarge, code, subCode, errorMessage, retryAfter: null)
    {
    }
}
