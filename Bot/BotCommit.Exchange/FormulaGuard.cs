namespace BotCommit.Exchange;

/// <summary>
/// The formula-injection guard of every CSV this project writes, applied to free-text columns only.
/// <para>
/// A spreadsheet runs a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR as a formula. On write,
/// a free-text value starting with one of those is prefixed with <c>'</c>; so that the reader can strip exactly that
/// prefix back and every value round-trips, a value that already starts with <c>'</c> followed by one of those
/// characters or by another <c>'</c> is prefixed as well. The reader removes one leading <c>'</c> exactly when the next
/// character is a trigger or <c>'</c>. A lone apostrophe as in <c>'s-Hertogenbosch</c> is left alone.
/// </para>
/// <para>
/// CsvHelper's own <c>InjectionOptions</c> is not used: it applies to every field (numbers included) and has no
/// inverse, so a guarded value would not read back as it was written.
/// </para>
/// </summary>
internal static class FormulaGuard
{
    public const char Prefix = '\'';

    /// <summary>Prefixes <paramref name="text"/> with <see cref="Prefix"/> when a spreadsheet could read it as a formula.</summary>
    public static string Apply(string text) =>
        text.Length > 0 && (IsTrigger(text[0]) || (text[0] == Prefix && text.Length > 1 && IsGuardedStart(text[1])))
            ? Prefix + text
            : text;

    /// <summary>The inverse of <see cref="Apply"/>.</summary>
    public static string Remove(string text) =>
        text.Length > 1 && text[0] == Prefix && IsGuardedStart(text[1]) ? text[1..] : text;

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsGuardedStart(char c) => IsTrigger(c) || c == Prefix;
}
