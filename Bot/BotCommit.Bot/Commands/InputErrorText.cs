using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Input;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Why the domain refused typed text (<see cref="InputError"/>), as a message in the reader's language that quotes what
/// was typed and shows a form that works. Null for the plain "not understood", which each command explains with its
/// own usage example.
/// </summary>
internal static class InputErrorText
{
    public static string? For(UserTexts texts, InputError? error, string typed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(typed);
        var shown = CardText.Escape(Display.Shorten(typed.Trim()));
        var resource = error switch
        {
            InputError.AmountAmbiguous => nameof(BotStrings.InputAmountAmbiguous),
            InputError.AmountTooManyDecimals => nameof(BotStrings.InputAmountTooManyDecimals),
            InputError.AmountNegative => nameof(BotStrings.InputAmountNegative),
            InputError.DateAmbiguousOrder => nameof(BotStrings.InputDateAmbiguousOrder),
            InputError.DateNoSuchDay => nameof(BotStrings.InputDateNoSuchDay),
            InputError.DateWeekdayMismatch => nameof(BotStrings.InputDateWeekdayMismatch),
            _ => null,
        };
        return resource is null ? null : texts.Format(resource, shown);
    }
}
