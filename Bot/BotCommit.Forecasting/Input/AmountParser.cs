using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A money amount as people type it. Western: <c>1200000</c>, <c>1,200,000</c>, <c>1200000.50</c>, <c>1.2m</c>,
/// <c>1.2 M</c>, <c>250k</c>, <c>2bn</c>. Chinese: <c>120万</c>, <c>1.2亿</c>, <c>3千万</c>, <c>1亿2000万</c>,
/// <c>120万元</c>, traditional <c>萬</c>/<c>億</c>, full-width <c>１２０万</c> (万 = 10⁴, 亿 = 10⁸). A currency sign,
/// code or word is ignored (<c>$</c>, <c>¥</c>, <c>NT$</c>, <c>RMB</c>, <c>USD</c>, <c>元</c>, <c>人民币</c>): amounts are
/// in the team's currency.
/// <para>
/// A misread is impossible by construction: the decimal point is always <c>.</c>, commas (or spaces) only group
/// thousands in threes, and anything that reads two ways between countries is refused as
/// <see cref="InputError.AmountAmbiguous"/> rather than guessed: <c>1.200.000</c>, <c>1.000,00</c>, <c>1,5m</c>, a
/// plain <c>1.500</c> (1.5 or 1500?) and, for a team whose culture writes decimal commas, <c>1,500</c>. At most two
/// decimals once scaled; never negative (<c>-0</c> is zero).
/// </para>
/// </summary>
public static partial class AmountParser
{
    /// <summary>Integer digits beyond which decimal arithmetic could overflow; such amounts are absurd anyway.</summary>
    private const int MaxIntegerDigits = 20;

    private static readonly string[] CurrencyPrefixes =
        ["nt$", "us$", "hk$", "rmb", "人民币", "人民幣", "新台币", "新台幣", "台币", "台幣", "港币", "港幣", "$", "€", "£", "¥"];

    private static readonly string[] CurrencySuffixes =
        ["人民币", "人民幣", "新台币", "新台幣", "块钱", "塊錢", "台币", "台幣", "港币", "港幣", "港元", "美元", "欧元", "歐元", "日元", "日圓", "英镑", "英鎊", "元", "圆", "圓", "块", "塊"];

    /// <summary>True when <paramref name="text"/> reads as an amount (see <see cref="Read"/>).</summary>
    public static bool TryParse(string text, out decimal amount)
    {
        var reading = Read(text);
        amount = reading.Value;
        return reading.IsRead;
    }

    /// <param name="text">What was typed.</param>
    /// <param name="culture">The team's culture, when known: with a decimal comma, <c>1,500</c> is ambiguous.</param>
    public static Reading<decimal> Read(string text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = InputText.Normalize(text).Trim().ToLowerInvariant();
        if (compact.Length == 0)
        {
            return Reading.Refused<decimal>(InputError.Empty);
        }

        // A space between digits groups thousands like a comma ("12 000"); any other space is noise ("1.2 M").
        var spaced = compact;
        compact = DigitSpace().Replace(spaced, m => IsThousandsGroupAt(spaced, m.Index + m.Length) ? "," : m.Value);
        if (DigitSpace().IsMatch(compact))
        {
            return Reading.Refused<decimal>(InputError.NotUnderstood);
        }

        compact = Whitespace().Replace(compact, string.Empty);
        var negative = false;
        compact = StripSign(compact, ref negative);
        compact = StripAffix(compact, CurrencyPrefixes, prefix: true);
        compact = StripSign(compact, ref negative);
        compact = StripAffix(compact, CurrencySuffixes, prefix: false);
        var decimalComma = culture?.NumberFormat.NumberDecimalSeparator == ",";

        var reading = Western(compact, decimalComma) ?? Chinese(compact, decimalComma) ?? Reading.Refused<decimal>(InputError.NotUnderstood);
        if (!reading.IsRead || reading.Value == 0m)
        {
            return reading.IsRead ? Reading.Of(0m) : reading;
        }

        return negative ? Reading.Refused<decimal>(InputError.AmountNegative) : reading;
    }

    /// <summary><c>1.2m</c>, <c>250k</c>, <c>1,200,000</c>, <c>1.5musd</c> (spaces already removed).</summary>
    private static Reading<decimal>? Western(string compact, bool decimalComma)
    {
        var match = WesternAmount().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var code = match.Groups["code"].Value;
        if (code.Length > 0 && code != "rmb" && !CurrencyParser.TryParse(code, out _))
        {
            return Reading.Refused<decimal>(InputError.NotUnderstood);
        }

        var multiplier = match.Groups["scale"].Value switch
        {
            "" => 1m,
            "k" => 1_000m,
            "m" or "mm" or "mn" or "mio" => 1_000_000m,
            _ => 1_000_000_000m,
        };
        return Scale([(match.Groups["number"].Value, multiplier)], scaled: multiplier != 1m, decimalComma);
    }

    /// <summary><c>120万</c>, <c>1.2亿</c>, <c>3千万</c>, <c>1亿2000万</c>: number-unit pairs, units falling.</summary>
    private static Reading<decimal>? Chinese(string compact, bool decimalComma)
    {
        var withoutCode = ChineseWithCode().Match(compact);
        var match = ChineseAmount().Match(withoutCode.Success ? withoutCode.Groups["amount"].Value : compact);
        if (!match.Success)
        {
            return null;
        }

        var parts = new List<(string Number, decimal Multiplier)>();
        var previous = decimal.MaxValue;
        for (var i = 0; i < match.Groups["number"].Captures.Count; i++)
        {
            var multiplier = UnitValue(match.Groups["unit"].Captures[i].Value);
            if (multiplier >= previous)
            {
                return Reading.Refused<decimal>(InputError.NotUnderstood);
            }

            previous = multiplier;
            parts.Add((match.Groups["number"].Captures[i].Value, multiplier));
        }

        return Scale(parts, scaled: true, decimalComma);
    }

    private static decimal UnitValue(string unit)
    {
        var value = 1m;
        foreach (var c in unit)
        {
            value *= c switch
            {
                '十' => 10m,
                '百' => 100m,
                '千' => 1_000m,
                '万' or '萬' => 10_000m,
                _ => 100_000_000m,
            };
        }

        return value;
    }

    private static Reading<decimal> Scale(IReadOnlyList<(string Number, decimal Multiplier)> parts, bool scaled, bool decimalComma)
    {
        var total = 0m;
        foreach (var (text, multiplier) in parts)
        {
            var number = Number(text, scaled, decimalComma);
            if (!number.IsRead)
            {
                return number;
            }

            try
            {
                total += number.Value * multiplier;
            }
            catch (OverflowException)
            {
                return Reading.Refused<decimal>(InputError.AmountTooLarge);
            }
        }

        if (decimal.Round(total, 2) != total)
        {
            return Reading.Refused<decimal>(InputError.AmountTooManyDecimals);
        }

        // 1.2 × 1,000,000 is 1200000.0: drop the scale's trailing zeros so the amount reads as typed.
        return Reading.Of(scaled ? total / 1.000000000000000000000000000000000m : total);
    }

    /// <summary>Digits with optional thousands commas (in threes) and one decimal point.</summary>
    private static Reading<decimal> Number(string text, bool scaled, bool decimalComma)
    {
        var dots = text.Count(c => c == '.');
        var commas = text.Count(c => c == ',');
        if (dots > 1 || (commas > 0 && !GroupedThousands().IsMatch(text)))
        {
            return Reading.Refused<decimal>(InputError.AmountAmbiguous);
        }

        if (commas == 1 && dots == 0 && decimalComma)
        {
            return Reading.Refused<decimal>(InputError.AmountAmbiguous);
        }

        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!PlainNumber().IsMatch(plain))
        {
            return Reading.Refused<decimal>(InputError.NotUnderstood);
        }

        var dot = plain.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? plain : plain[..dot];
        var decimals = dot < 0 ? 0 : plain.Length - dot - 1;
        if (!scaled && commas == 0 && decimals == 3 && integer.TrimStart('0').Length > 0)
        {
            // "1.500": a thousands dot in much of Europe, so neither 1.5 nor 1500 is safe.
            return Reading.Refused<decimal>(InputError.AmountAmbiguous);
        }

        if (!scaled && decimals > 2)
        {
            return Reading.Refused<decimal>(InputError.AmountTooManyDecimals);
        }

        if (integer.TrimStart('0').Length > MaxIntegerDigits
            || !decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Reading.Refused<decimal>(InputError.AmountTooLarge);
        }

        return Reading.Of(value);
    }

    private static string StripSign(string text, ref bool negative)
    {
        if (text.Length > 0 && text[0] is '-' or '+' or '\u2212')
        {
            negative |= text[0] != '+';
            return text[1..];
        }

        return text;
    }

    private static string StripAffix(string text, string[] affixes, bool prefix)
    {
        foreach (var affix in affixes)
        {
            if (prefix ? text.StartsWith(affix, StringComparison.Ordinal) : text.EndsWith(affix, StringComparison.Ordinal))
            {
                return prefix ? text[affix.Length..] : text[..^affix.Length];
            }
        }

        return text;
    }

    private static bool IsThousandsGroupAt(string text, int index) =>
        index + 3 <= text.Length
        && !text.AsSpan(index, 3).ContainsAnyExceptInRange('0', '9')
        && (index + 3 == text.Length || !char.IsAsciiDigit(text[index + 3]));

    [GeneratedRegex(@"(?<=[0-9])[ \u00A0\u2009\u202F](?=[0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex DigitSpace();

    [GeneratedRegex(@"[ \t\u00A0\u2009\u202F]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?<number>[0-9.,]+)(?<scale>k|mm|mn|mio|m|bn|b)?(?<code>[a-z]{3})?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex WesternAmount();

    [GeneratedRegex(@"^(?<amount>.*[万萬亿億千])[a-z]{3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseWithCode();

    [GeneratedRegex(@"^(?:(?<number>[0-9.,]+)(?<unit>[万萬][亿億]|[十百千]?[万萬亿億]|千))+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex ChineseAmount();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex GroupedThousands();

    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InputPatterns.TimeoutMilliseconds)]
    private static partial Regex PlainNumber();
}
