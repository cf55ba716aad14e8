using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace BotCommit.Exchange;

/// <summary>
/// Writes CSV text with CsvHelper as every exchange file wants it: comma-separated, CRLF after each record, and a field
/// quoted (inner quotes doubled) exactly when it holds a comma, quote, CR or LF (RFC 4180's minimum, so a plain value
/// stays plain). Values arrive already formatted and guarded (<see cref="FormulaGuard"/>); nothing is converted here.
/// </summary>
internal static class CsvOutput
{
    private static readonly CsvConfiguration s_configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
        InjectionOptions = InjectionOptions.None,
    };

    /// <summary>Writes the records to <paramref name="writer"/> (left open), one array of fields per record.</summary>
    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string>> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        using var csv = new CsvWriter(writer, s_configuration, leaveOpen: true);
        foreach (var record in records)
        {
            foreach (var field in record)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
