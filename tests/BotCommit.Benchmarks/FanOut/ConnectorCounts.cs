namespace BotCommit.Benchmarks.FanOut;

/// <summary>What the fake connector answered: every request, by outcome.</summary>
internal sealed record ConnectorCounts
{
    public int Requests { get; init; }

    public int Accepted { get; init; }

    public int CardsDelivered { get; init; }

    /// <summary>429: the app-wide bucket was empty (the bot sent faster than Teams allows).</summary>
    public int OverGlobalLimit { get; init; }

    /// <summary>429: the conversation's bucket was empty.</summary>
    public int OverConversationLimit { get; init; }

    /// <summary>429 + <c>Retry-After: 1</c> by the random share.</summary>
    public int RandomThrottled { get; init; }

    /// <summary>Routes the benchmark does not expect (404).</summary>
    public int Other { get; init; }

    public int TooManyRequests => OverGlobalLimit + OverConversationLimit + RandomThrottled;
}
