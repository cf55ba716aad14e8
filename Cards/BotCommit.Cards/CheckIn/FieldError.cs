namespace BotCommit.Cards.CheckIn;

/// <summary>
/// One validation problem. <see cref="InputId"/> is the card input it belongs to (the message is shown right under
/// it), or null for the card as a whole. <see cref="Arguments"/> fill the message's placeholders (numbers and dates,
/// formatted with the team's culture; never user text).
/// </summary>
public sealed record FieldError(string? InputId, FieldErrorCode Code)
{
    public IReadOnlyList<object> Arguments { get; init; } = [];

    /// <summary>The message in the reader's language.</summary>
    public string Message(CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return locale.Format(ResourceName(Code), [.. Arguments]);
    }

    internal static string ResourceName(FieldErrorCode code) => "CheckInError" + code.ToString();
}
