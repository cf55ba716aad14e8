namespace BotCommit.Forecasting.Teams;

/// <summary>
/// What a rep's Teams client told us with their last message or card action: its IANA time zone and BCP-47 locale
/// (either may be missing). Values are checked where they are applied (<see cref="Rep.SeenWith"/>), never trusted.
/// </summary>
public sealed record RepClient(string? TimeZoneId, string? Locale)
{
    public static RepClient None { get; } = new(null, null);
}
