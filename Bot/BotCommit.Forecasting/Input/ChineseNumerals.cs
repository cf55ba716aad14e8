namespace BotCommit.Forecasting.Input;

/// <summary>
/// Small whole numbers written in Chinese, as in times, months and quarters: <c>七</c>, <c>十</c>, <c>十二</c>,
/// <c>二十三</c>, <c>两</c>/<c>兩</c>, <c>〇</c>/<c>零</c>; or in ASCII digits. 0..99 only.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>The characters a small Chinese numeral is made of (for building patterns).</summary>
    public const string Characters = "〇零一二两兩三四五六七八九十";

    public static bool TryParse(string text, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        if (text.All(char.IsAsciiDigit))
        {
            value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && TryDigit(text[0], out value);
        }

        if (ten != text.LastIndexOf('十'))
        {
            return false;
        }

        var tens = 1;
        if (ten == 1 && !TryDigit(text[0], out tens))
        {
            return false;
        }

        if (ten > 1 || tens == 0)
        {
            return false;
        }

        var units = 0;
        if (ten < text.Length - 1 && (text.Length - ten != 2 || !TryDigit(text[^1], out units) || units == 0))
        {
            return false;
        }

        value = (tens * 10) + units;
        return true;
    }

    private static bool TryDigit(char c, out int digit)
    {
        digit = c switch
        {
            '〇' or '零' => 0,
            '一' => 1,
            '二' or '两' or '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => -1,
        };
        return digit >= 0;
    }
}
