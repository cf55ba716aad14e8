using System.Globalization;
using System.Resources;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// The host's own user-facing strings (Resources/BotStrings.resx) in the reader's language, chosen from the activity's
/// <c>locale</c> the same way cards choose theirs.
/// </summary>
internal sealed class UserTexts(ResourceManager resources, CultureInfo uiCulture, CultureInfo formatCulture)
{
    public CultureInfo UiCulture { get; } = uiCulture;

    public CultureInfo FormatCulture { get; } = formatCulture;

    public static UserTexts For(Activity activity, string? teamCulture = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var locale = Cards.CardLocale.For(activity.Locale, teamCulture);
        return new UserTexts(Resources.BotStrings.ResourceManager, locale.UiCulture, locale.FormatCulture);
    }

    public string Text(string name) =>
        resources.GetString(name, UiCulture) ?? throw new InvalidOperationException($"Missing bot string '{name}'.");

    public string Format(string name, params object?[] args) => string.Format(FormatCulture, Text(name), args);
}
