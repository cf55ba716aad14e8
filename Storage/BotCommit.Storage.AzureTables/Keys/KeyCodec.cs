using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace BotCommit.Storage.AzureTables.Keys;

/// <summary>
/// Reversible escaping of ids into PartitionKey/RowKey parts. Azure forbids <c>/ \ # ?</c> and the control
/// characters U+0000–U+001F and U+007F–U+009F in keys (a <c>/</c> even gives a retried 500 on some
/// operations). Those, plus <c>%</c> (defensive), the escape character <c>!</c> and the part separator
/// <c>|</c>, become <c>!XX</c> (two upper-case hex digits). Every other character, including <c>: @ ;</c>
/// of Teams ids and non-ASCII letters, is kept, so keys stay readable. Because the separator never occurs
/// inside an escaped part, <c>part|part</c> is unambiguous, and every key starting with <c>part|</c> lies in
/// the ordinal range [<c>part|</c>, <c>part}</c>).
/// </summary>
internal static class KeyCodec
{
    /// <summary>Joins the parts of a composite key.</summary>
    public const char Separator = '|';

    /// <summary>The character right after <see cref="Separator"/>: the exclusive upper bound of a prefix range.</summary>
    public const char SeparatorSuccessor = '}';

    /// <summary>Azure's limit for a PartitionKey or RowKey.</summary>
    public const int MaxKeyLength = 1024;

    private const char Escape = '!';

    private const string HashPrefix = "!h";

    /// <summary>Length of a hashed key: <c>!h</c> + 64 hex digits.</summary>
    private const int HashedLength = 66;

    /// <summary>Escapes one id so it can be a key or a key part.</summary>
    /// <exception cref="ArgumentException">Empty, or holds an unpaired surrogate (not representable on the wire).</exception>
    public static string Encode(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (!NeedsWork(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException("A key cannot hold an unpaired surrogate character.", nameof(value));
            }
            else if (MustEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Encode"/>.</summary>
    /// <exception cref="FormatException">Not something <see cref="Encode"/> produced.</exception>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IndexOf(Escape, StringComparison.Ordinal) < 0)
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c != Escape)
            {
                builder.Append(c);
                continue;
            }

            if (i + 2 >= key.Length
                || !byte.TryParse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || !MustEscape((char)code))
            {
                throw new FormatException($"'{key}' is not an escaped key: bad escape at position {i}.");
            }

            builder.Append((char)code);
            i += 2;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes <paramref name="value"/>, or, when the escaped form is longer than <paramref name="maxLength"/> or
    /// the value holds an unpaired surrogate, returns <c>!h</c> + the SHA-256 of its UTF-16 code units in hex. <c>!h</c> is never produced by
    /// <see cref="Encode"/>, so the two forms cannot collide. Only for keys whose original value is also
    /// stored as a property (the hashed form cannot be decoded).
    /// </summary>
    public static string EncodeOrHash(string value, int maxLength)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, HashedLength);
        if (!HasUnpairedSurrogate(value))
        {
            var encoded = Encode(value);
            if (encoded.Length <= maxLength)
            {
                return encoded;
            }
        }

        // Hash the raw UTF-16 code units: an encoding step would map different unpaired surrogates alike.
        var hash = SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan()));
        return string.Concat(HashPrefix, Convert.ToHexString(hash));
    }

    /// <summary>Joins already escaped parts with <see cref="Separator"/> and checks the key length.</summary>
    /// <exception cref="ArgumentException">The key would exceed <see cref="MaxKeyLength"/>.</exception>
    public static string Join(params ReadOnlySpan<string> escapedParts)
    {
        var key = string.Join(Separator, escapedParts);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A table key is at most {MaxKeyLength} characters; this one has {key.Length}.");
        }

        return key;
    }

    /// <summary>Splits a composite key on <see cref="Separator"/> into its (still escaped) parts.</summary>
    public static string[] Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Split(Separator);
    }

    /// <summary>
    /// The ordinal range [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>) of every key that
    /// starts with <paramref name="escapedPrefix"/> followed by <see cref="Separator"/>.
    /// </summary>
    public static (string fromInclusive, string toExclusive) PrefixRange(string escapedPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(escapedPrefix);
        return (escapedPrefix + Separator, escapedPrefix + SeparatorSuccessor);
    }

    private static bool MustEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or Escape or Separator
        || c <= '\u001F'
        || c is >= '\u007F' and <= '\u009F';

    private static bool NeedsWork(string value)
    {
        foreach (var c in value)
        {
            if (MustEscape(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
