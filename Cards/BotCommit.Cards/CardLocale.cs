using System.Globalization;
using System.Resources;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards;

/// <summary>
/// The two cultures a card is built with: the reader's language (from the activity's <c>locale</c>) for texts, and
/// the team's culture for amounts and name order — never the server's — plus the team's amount style and zone. Every
/// amount, date, week and instant people read is written by <see cref="PeopleFormat"/> (through <see cref="Format"/>
/// or its methods), so none is ambiguous: <c>2026-12-07</c> / <c>2026年12月7日（周一）</c>, deadlines with their zone.
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

    /// <summary>Grouped thousands, or 万/亿 for Chinese readers.</summary>
    public AmountStyle AmountStyle { get; init; }

    /// <summary>The team's IANA zone: instants are shown in it, with its name; null shows them at their own offset.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>True when the texts are Chinese (zh-CN or zh-TW).</summary>
    public bool IsChinese => UiCulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the texts are traditional Chinese.</summary>
    public bool IsTraditional => IsChinese && UiCulture.Name.Equals(SupportedLanguages[2], StringComparison.OrdinalIgnoreCase);

    /// <summary>How amounts, dates, weeks and instants are written for this reader.</summary>
    public PeopleFormat People => field ??= new PeopleFormat(this);

    /// <summary>The order names are listed in: the team culture's collation (pinyin for zh-CN, strokes for zh-TW).</summary>
    public IComparer<string> NameOrder => field ??= Forecasting.Teams.NameOrder.For(FormatCulture.Name);

    /// <summary>English texts with en-US formatting.</summary>
    public static CardLocale English { get; } = new(CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en-US"));

    /// <summary>
    /// Builds the locale for a reader: <paramref name="activityLocale"/> (BCP-47, may be null or garbage) picks the
    /// language among those we ship, falling back to English; <paramref name="teamCulture"/> formats numbers.
    /// </summary>
    public static CardLocale For(string? activityLocale, string? teamCulture) =>
        new(PickLanguage(activityLocale), ParseCulture(teamCulture) ?? CultureInfo.GetCultureInfo("en-US"));

    /// <summary>
    /// A reader of <paramref name="team"/>'s cards: their language from <paramref name="readerLocale"/> (null: the team's
    /// language), the team's culture, amount style and zone.
    /// </summary>
    public static CardLocale ForReader(string? readerLocale, TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(PickLanguage(string.IsNullOrWhiteSpace(readerLocale) ? team.Culture : readerLocale), ParseCulture(team.Culture) ?? CultureInfo.GetCultureInfo("en-US"))
        {
            AmountStyle = team.AmountStyle,
            TimeZoneId = team.TimeZoneId,
        };
    }

    /// <summary>What goes to the team's channel (or to people whose own language is not known): the team's language.</summary>
    public static CardLocale ForTeam(TeamSettings team) => ForReader(null, team);

    /// <summary>The language's own name, for confirmations: "English (en-US)", "简体中文 (zh-CN)", "繁體中文 (zh-TW)".</summary>
    public static string LanguageName(string? culture)
    {
        var language = PickLanguage(culture);
        var name = language.Name switch
        {
            "zh-CN" => "简体中文",
            "zh-TW" => "繁體中文",
            _ => language.TextInfo.ToTitleCase(language.NativeName),
        };
        var tag = ParseCulture(culture)?.Name ?? language.Name;
        return name + " (" + tag + ")";
    }

    /// <summary>The text named <paramref name="name"/> (use <c>nameof(CardStrings.X)</c>).</summary>
    public string Text(string name) =>
        _resources.GetString(name, UiCulture) ?? throw new InvalidOperationException($"Missing card string '{name}'.");

    /// <summary>The text named <paramref name="name"/> with placeholders filled using the team's culture.</summary>
    public string Format(string name, params object?[] args) => string.Format(People, Text(name), args);

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
