using System.Globalization;
using System.Resources;

namespace BotCommit.Cards;

/// <summary>
/// The two cultures a card is built with: the reader's language (from the activity's <c>locale</c>) for texts, and
/// the team's culture for amounts and dates — never the server's.
/// </summary>
public sealed class CardLocale
{
    private static readonly string[] SupportedLanguages = ["en", "zh-CN", "zh-TW"];

    private readonly ResourceManager _resources;

    public CardLocale(CultureInfo uiCulture, CultureInfo formatCulture)
        : this(Resources.CardStrings.ResourceManager, uiCulture, formatCulture)
    {
    }

    internal CardLocale(ResourceManager resources, CultureInfo uiCulture, CultureInfo formatCulture)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(uiCulture);
        ArgumentNullException.ThrowIfNull(formatCulture);
        _resources = resources;
        UiCulture = uiCulture;
        FormatCulture = formatCulture;
    }

    public CultureInfo UiCulture { get; }

    public CultureInfo FormatCulture { get; }

    /// <summary>English texts with en-US formatting.</summary>
    public static CardLocale English { get; } = new(CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en-US"));

    /// <summary>
    /// Builds the locale for a reader: <paramref name="activityLocale"/> (BCP-47, may be null or garbage) picks the
    /// language among those we ship, falling back to English; <paramref name="teamCulture"/> formats numbers.
    /// </summary>
    public static CardLocale For(string? activityLocale, string? teamCulture) =>
        new(PickLanguage(activityLocale), ParseCulture(teamCulture) ?? CultureInfo.GetCultureInfo("en-US"));

    /// <summary>The text named <paramref name="name"/> (use <c>nameof(CardStrings.X)</c>).</summary>
    public string Text(string name) =>
        _resources.GetString(name, UiCulture) ?? throw new InvalidOperationException($"Missing card string '{name}'.");

    /// <summary>The text named <paramref name="name"/> with placeholders filled using the team's culture.</summary>
    public string Format(string name, params object?[] args) => string.Format(FormatCulture, Text(name), args);

    /// <summary>
    /// The language we ship for a reader's BCP-47 locale: any Chinese locale is simplified (zh-CN) or traditional
    /// (zh-TW) by its script subtag when it has one (<c>zh-Hant-HK</c>, <c>zh-Hans</c>, legacy <c>zh-CHT</c>), else by
    /// its region (TW, HK and MO write traditional characters; CN, SG, MY and a bare <c>zh</c> simplified). Decided on
    /// the tag's text, so it does not depend on which cultures the machine's ICU knows. Other locales keep their own
    /// culture (the resource manager falls back to English).
    /// </summary>
    internal static CultureInfo PickLanguage(string? locale)
    {
        if (ChineseScript(locale) is { } traditional)
        {
            return CultureInfo.GetCultureInfo(traditional ? SupportedLanguages[2] : SupportedLanguages[1]);
        }

        return ParseCulture(locale) ?? CultureInfo.GetCultureInfo("en-US");
    }

    /// <summary>True for traditional, false for simplified, null when <paramref name="locale"/> is not Chinese.</summary>
    private static bool? ChineseScript(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 85)
        {
            return null;
        }

        var subtags = locale.Trim().Split('-', '_');
        if (!subtags[0].Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var subtag in subtags.Skip(1))
        {
            if (subtag.Equals("Hant", StringComparison.OrdinalIgnoreCase) || subtag.Equals("CHT", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (subtag.Equals("Hans", StringComparison.OrdinalIgnoreCase) || subtag.Equals("CHS", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return subtags.Skip(1).Any(s => s.Equals("TW", StringComparison.OrdinalIgnoreCase)
            || s.Equals("HK", StringComparison.OrdinalIgnoreCase)
            || s.Equals("MO", StringComparison.OrdinalIgnoreCase));
    }

    private static CultureInfo? ParseCulture(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 85)
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(name.Trim());
            return culture.Equals(CultureInfo.InvariantCulture) ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
