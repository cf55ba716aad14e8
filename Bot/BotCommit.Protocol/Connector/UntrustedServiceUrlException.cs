namespace BotCommit.Protocol.Connector;

/// <summary>
/// The serviceUrl is not one the bot may call: not https on an allow-listed host (loopback only in Development), or not
/// verified by an authenticated activity. Thrown before any token is requested or any request is sent.
/// </summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
