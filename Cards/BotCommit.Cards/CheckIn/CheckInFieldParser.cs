using System.Globalization;
using System.Text;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Input;

namespace BotCommit.Cards.CheckIn;

/// <summary>
/// Parses one submitted value (always text: Adaptive Cards send every input as a string); numbers and dates are read
/// invariantly, never in the server's culture. Each method returns the value, or null after adding a <see cref="FieldError"/> for the input.
/// </summary>
internal static class CheckInFieldParser
{
    private static readonly ForecastCategory[] s_categories =
        [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost];

    /// <summary>
    /// Reads the amount with the domain's <see cref="AmountParser"/>, so a rep may type what an admin may type:
    /// <c>125000.50</c>, <c>1,250,000</c>, <c>1.25m</c>, <c>120万</c>, <c>1.2亿</c>, <c>¥1,200,000</c>, full-width digits.
    /// Forms that read two ways between countries (<c>1.000,00</c>, <c>12,5</c>, a plain <c>1.500</c>; <c>1,500</c> for a
    /// decimal-comma <paramref name="culture"/>) are refused, never guessed; exponents, <c>NaN</c>, hex are not amounts.
    /// <c>-0</c> is zero. The card's amount is an <c>Input.Text</c>, not an <c>Input.Number</c>, on purpose: Teams'
    /// renderers draw <c>Input.Number</c> as a browser number field, whose value is empty for anything that is not a plain
    /// number (older renderers sent <c>"NaN"</c>, AdaptiveCards #5390), so <c>120万</c> or <c>1,200,000</c> would arrive as
    /// nothing: the rep's entry lost instead of read or explained.
    /// </summary>
    public static decimal? Amount(string inputId, string? raw, decimal ceiling, CultureInfo? culture, List<FieldError> errors)
    {
        var reading = AmountParser.Read(raw ?? string.Empty, culture);
        if (!reading.IsRead)
        {
            return reading.Error switch
            {
                InputError.Empty => Fail<decimal>(errors, inputId, FieldErrorCode.AmountRequired),
                InputError.AmountAmbiguous => Fail<decimal>(errors, inputId, FieldErrorCode.AmountAmbiguous),
                InputError.AmountTooManyDecimals => Fail<decimal>(errors, inputId, FieldErrorCode.AmountDecimals),
                InputError.AmountNegative => Fail<decimal>(errors, inputId, FieldErrorCode.AmountNegative),
                InputError.AmountTooLarge => Fail<decimal>(errors, inputId, FieldErrorCode.AmountTooLarge, ceiling),
                _ => Fail<decimal>(errors, inputId, FieldErrorCode.AmountFormat),
            };
        }

        if (reading.Value > ceiling)
        {
            return Fail<decimal>(errors, inputId, FieldErrorCode.AmountTooLarge, ceiling);
        }

        return reading.Value;
    }

    /// <summary>A <c>yyyy-MM-dd</c> calendar date within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static DateOnly? Date(string inputId, string? raw, DateOnly min, DateOnly max, List<FieldError> errors)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Fail<DateOnly>(errors, inputId, FieldErrorCode.DateRequired);
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Fail<DateOnly>(errors, inputId, FieldErrorCode.DateFormat);
        }

        if (date < min || date > max)
        {
            return Fail<DateOnly>(errors, inputId, FieldErrorCode.DateOutOfRange, min, max);
        }

        return date;
    }

    /// <summary>One of the five category names (case-insensitive; numbers and <c>Unknown</c> are refused).</summary>
    public static ForecastCategory? Category(string inputId, string? raw, List<FieldError> errors)
    {
        var text = raw?.Trim() ?? string.Empty;
        foreach (var category in s_categories)
        {
            if (string.Equals(text, category.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        errors.Add(new FieldError(inputId, FieldErrorCode.CategoryUnknown));
        return null;
    }

    public static Stage? Stage(string inputId, string? raw, List<FieldError> errors)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
            && Forecasting.Deals.Stage.TryFrom(percent, out var stage))
        {
            return stage;
        }

        errors.Add(new FieldError(inputId, FieldErrorCode.StageUnknown));
        return null;
    }

    /// <summary>"true"/"false" (an empty value counts as unticked).</summary>
    public static bool? Toggle(string inputId, string? raw, List<FieldError> errors)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length == 0 || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        errors.Add(new FieldError(inputId, FieldErrorCode.ToggleInvalid));
        return null;
    }

    /// <summary>Trimmed text, or <see cref="string.Empty"/> when blank; an error when longer than <paramref name="maxLength"/>.</summary>
    public static string? Text(string inputId, string? raw, int maxLength, List<FieldError> errors)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(inputId, FieldErrorCode.TextTooLong) { Arguments = [maxLength, text.Length] });
            return null;
        }

        return text;
    }

    /// <summary>The character that stands for text that is not valid UTF-16 (an unpaired surrogate).</summary>
    public const string Replacement = "\uFFFD";

    /// <summary>
    /// True when <paramref name="text"/> shows nothing: only white space, control and format characters (zero-width
    /// spaces and joiners, direction marks, BOM). A required name made of these would be an invisible deal.
    /// </summary>
    public static bool IsBlank(string text) =>
        text.All(c => char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary><paramref name="text"/> with every unpaired surrogate replaced by U+FFFD.</summary>
    public static string WellFormed(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Decodes a JSON string literal (quotes included) that .NET refuses because of an unpaired surrogate escape.</summary>
    public static string DecodeLeniently(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\')
            {
                builder.Append(literal[i]);
                continue;
            }

            var escape = literal[++i];
            if (escape == 'u')
            {
                builder.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }

            builder.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => escape,
            });
        }

        return WellFormed(builder.ToString());
    }

    private static T? Fail<T>(List<FieldError> errors, string inputId, FieldErrorCode code, params object[] arguments)
        where T : struct
    {
        errors.Add(new FieldError(inputId, code) { Arguments = arguments });
        return null;
    }
}
