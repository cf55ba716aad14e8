namespace BotCommit.Testing.Golden;

/// <summary>A golden file is missing or differs from what the test built (the message says where and how to fix it).</summary>
public sealed class GoldenMismatchException : Exception
{
    public GoldenMismatchException()
    {
    }

    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
