using System.Globalization;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A team's language and culture as an admin names it: a BCP-47 tag in any case (<c>zh-cn</c>, <c>zh_TW</c>,
/// <c>en-GB</c>, <c>de-DE</c>), or the language's everyday name (<c>简体中文</c>, <c>中文</c>, <c>繁體中文</c>,
/// <c>English</c>, <c>英文</c>). Chinese comes out as <c>zh-CN</c> or <c>zh-TW</c> (the two BotCommit writes; a region
/// such as <c>zh-HK</c> keeps its own culture for numbers); a bare language picks its usual country (<c>en</c> → en-US).
/// Only cultures this machine's ICU knows are accepted.
/// </summary>
public static class LanguageParser
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["中文"] = "zh-CN", ["简体中文"] = "zh-CN", ["简体"] = "zh-CN", ["简中"] = "zh-CN", ["簡體中文"] = "zh-CN", ["簡體"] = "zh-CN",
        ["汉语"] = "zh-CN", ["普通话"] = "zh-CN", ["chinese"] = "zh-CN", ["simplified chinese"] = "zh-CN", ["chinese simplified"] = "zh-CN",
        ["zh"] = "zh-CN", ["zh-Hans"] = "zh-CN", ["zh-Hans-CN"] = "zh-CN", ["zh-CHS"] = "zh-CN",
        ["繁體中文"] = "zh-TW", ["繁体中文"] = "zh-TW", ["繁體"] = "zh-TW", ["繁体"] = "zh-TW", ["正體中文"] = "zh-TW", ["國語"] = "zh-TW",
        ["traditional chinese"] = "zh-TW", ["chinese traditional"] = "zh-TW", ["zh-Hant"] = "zh-TW", ["zh-Hant-TW"] = "zh-TW", ["zh-CHT"] = "zh-TW",
        ["english"] = "en-US", ["英文"] = "en-US", ["英语"] = "en-US", ["英語"] = "en-US", ["en"] = "en-US",
    };

    public static bool TryParse(string text, out string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = string.Join(' ', InputText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('"', '\'', '(', ')');
        culture = string.Empty;
        if (Names.TryGetValue(typed, out var named) || Names.TryGetValue(typed.Replace('_', '-'), out named))
        {
            culture = named;
            return true;
        }

        var tag = typed.Replace('_', '-');
        if (tag.Length is < 2 or > 85 || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        CultureInfo found;
        try
        {
            // Only cultures ICU knows (ICU lists zh-CN as zh-Hans-CN, so the list of cultures is no help; this is).
            found = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }

        if (found.Equals(CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (found.IsNeutralCulture)
        {
            // "de" → "de-DE": numbers and dates need a country.
            try
            {
                found = CultureInfo.CreateSpecificCulture(found.Name);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        culture = found.Name;
        return culture.Length > 0;
    }
}
