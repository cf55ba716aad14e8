using System.Globalization;
using System.Resources;
using BotCommit.Cards;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// The host's own user-facing strings (Resources/BotStrings.resx) in the reader's language, chosen from the activity's
/// <c>locale</c> the same way cards choose theirs, filled through the same <see cref="PeopleFormat"/> (unambiguous dates,
/// weeks and deadlines with their zone, the team's amount style).
/// </summary>
internal sealed class UserTexts(ResourceManager resources, CardLocale locale)
{
    public CardLocale Locale { get; } = locale;

    public CultureInfo UiCulture => Locale.UiCulture;

    public CultureInfo FormatCulture => Locale.FormatCulture;

    public PeopleFormat People => Locale.People;

    public static UserTexts For(Activity activity, string? teamCulture = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new UserTexts(Resources.BotStrings.ResourceManager, CardLocale.For(activity.Locale, teamCulture));
    }

    /// <summary>A reader of <paramref name="team"/> whose locale is <paramref name="readerLocale"/> (null: the team's language).</summary>
    public static UserTexts For(string? readerLocale, TeamSettings team) =>
        new(Resources.BotStrings.ResourceManager, CardLocale.ForReader(readerLocale, team));

    public string Text(string name) =>
        resources.GetString(name, UiCulture) ?? throw new InvalidOperationException($"Missing bot string '{name}'.");

    public string Format(string name, params object?[] args) => string.Format(People, Text(name), args);
}
