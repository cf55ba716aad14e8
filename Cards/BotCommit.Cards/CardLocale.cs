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

    private static CultureInfo PickLanguage(string? locale)
    {
        var culture = ParseCulture(locale);
        if (culture is null)
        {
            return CultureInfo.GetCultureInfo("en-US");
        }

        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            var traditional = culture.Name.Contains("Hant", StringComparison.OrdinalIgnoreCase)
                || culture.Name.EndsWith("TW", StringComparison.OrdinalIgnoreCase)
                || culture.Name.EndsWith("HK", StringComparison.OrdinalIgnoreCase)
                || culture.Name.EndsWith("MO", StringComparison.OrdinalIgnoreCase);
            return CultureInfo.GetCultureInfo(traditional ? SupportedLanguages[2] : SupportedLanguages[1]);
        }

        return culture;
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
