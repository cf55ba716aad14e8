namespace BotCommit.Exchange;

/// <summary>
/// RFC 4180 field writing and the formula-injection guard shared by every CSV this project writes.
/// <para>
/// Guard: a spreadsheet runs a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR as a formula.
/// On write, a free-text value starting with one of those is prefixed with <c>'</c>; so that the reader can strip
/// exactly that prefix back and every value round-trips, a value that already starts with <c>'</c> followed by one of
/// those characters or by another <c>'</c> is prefixed as well. The reader removes one leading <c>'</c> exactly when
/// the next character is a trigger or <c>'</c>. A lone apostrophe as in <c>'s-Hertogenbosch</c> is left alone.
/// </para>
/// </summary>
internal static class CsvText
{
    public const char FormulaGuard = '\'';

    public const string LineEnd = "\r\n";

    /// <summary>Prefixes <paramref name="text"/> with <see cref="FormulaGuard"/> when a spreadsheet could read it as a formula.</summary>
    public static string Guard(string text) =>
        text.Length > 0 && (IsTrigger(text[0]) || (text[0] == FormulaGuard && text.Length > 1 && IsGuardedStart(text[1])))
            ? FormulaGuard + text
            : text;

    /// <summary>The inverse of <see cref="Guard"/>.</summary>
    public static string Unguard(string text) =>
        text.Length > 1 && text[0] == FormulaGuard && IsGuardedStart(text[1]) ? text[1..] : text;

    /// <summary>The field as RFC 4180 wants it: quoted (inner quotes doubled) when it holds a comma, quote, CR or LF.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>Writes one record: quoted fields joined by commas, ended by CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Quote(field));
            first = false;
        }

        writer.Write(LineEnd);
    }

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsGuardedStart(char c) => IsTrigger(c) || c == FormulaGuard;
}
