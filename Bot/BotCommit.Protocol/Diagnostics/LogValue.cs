using System.Globalization;
using System.Text;

namespace BotCommit.Protocol.Diagnostics;

/// <summary>
/// Makes a value that arrived on a request safe to log: control, format (bidi overrides, zero-width) and line/paragraph
/// separator characters and lone surrogates are removed, so a value cannot forge log lines or hide text; anything
/// longer than the limit is cut and marked with how long it was. Use it for every value of an unauthenticated (or not
/// yet authenticated) request — header fields, token header fields, HTTP methods — and for free text such as card verbs.
/// </summary>
public static class LogValue
{
    /// <summary>Limit for ids and names.</summary>
    public const int DefaultMaxLength = 64;

    /// <summary>Limit for conversation ids (Teams channel threads with <c>;messageid=…</c> run past 100 characters).</summary>
    public const int ConversationIdMaxLength = 256;

    /// <summary>Limit for a sentence that may embed request values (e.g. the reason of a rejection).</summary>
    public const int SentenceMaxLength = 256;

    /// <summary>The cleaned value (null stays null).</summary>
    public static string? Clean(string? value, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (value is null)
        {
            return null;
        }

        if (value.Length <= maxLength && IsClean(value))
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 16);
        var kept = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (kept + 2 <= maxLength)
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                kept += 2;
                i++;
                continue;
            }

            if (IsUnsafe(c))
            {
                continue;
            }

            if (kept < maxLength)
            {
                builder.Append(c);
            }

            kept++;
        }

        if (kept > maxLength)
        {
            builder.Append("…(").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return builder.ToString();
    }

    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return false;
            }
        }

        return true;
    }

    // Called only for chars that are not the first half of a valid pair, so any surrogate here is a lone one.
    private static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate;
}
