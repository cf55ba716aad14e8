namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// One proactive send the fake connector received: when (fake clock), the status it answered, the Retry-After it gave
/// (seconds), and whether it carried a check-in card.
/// </summary>
internal sealed record SendAttempt(DateTimeOffset At, int Status, int? RetryAfterSeconds, bool CarriesCheckInCard)
{
    public bool Delivered => Status is >= 200 and < 300;
}
