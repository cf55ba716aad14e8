using System.Globalization;

namespace BotCommit.Forecasting.Input;

/// <summary>Splitting command arguments into lower-case words, forgiving about spaces, commas and filler words.</summary>
public static class Words
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    /// <summary>
    /// The words of <paramref name="text"/> (full-width forms made ASCII, see <see cref="InputText"/>) split at white
    /// space, lower-cased (invariant), a trailing comma dropped ("Thurs, 8:00"); commas inside a word stay (they group
    /// thousands: 1,200,000).
    /// </summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return InputText.Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.TrimEnd(',').ToLower(CultureInfo.InvariantCulture))
            .Where(w => w.Length > 0)
            .ToList();
    }

    /// <summary>The words without the given filler words ("on", "at", "until", …).</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> words, params string[] fillers)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Where(w => !fillers.Contains(w, StringComparer.Ordinal)).ToList();
    }
}
