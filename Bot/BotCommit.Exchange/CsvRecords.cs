using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace BotCommit.Exchange;

/// <summary>
/// Splits a whole RFC 4180 text into records with CsvHelper's parser: fields separated by commas, records by CRLF, LF
/// or CR; a field in double quotes may hold commas, line breaks and doubled quotes. Strict where spreadsheets are
/// sloppy: a quote inside an unquoted field, text after a closing quote and an unclosed quote are errors (the record
/// is left out; an unclosed quote runs to the end of the file). Empty lines are skipped; a leading UTF-8 byte order
/// mark is ignored. Every record and field knows the 1-based physical line it starts on.
/// </summary>
internal static class CsvRecords
{
    private const char Quote = '"';

    private const string Unclosed = "a quoted field is not closed: the quote opened here has no closing quote";

    /// <param name="text">The whole file.</param>
    /// <param name="columnNames">Names for error messages, by 1-based column (from the expected header).</param>
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvError> Errors) Read(string text, IReadOnlyList<string> columnNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(columnNames);
        string? badField = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            // CsvHelper reports a malformed field here (with its raw text) instead of throwing.
            BadDataFound = args => badField = args.Field,
        };

        var records = new List<CsvRecord>();
        var errors = new List<CsvError>();
        using var parser = new CsvParser(new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text), configuration);
        while (parser.Read())
        {
            var values = new string[parser.Count];
            var rawTexts = new string[parser.Count];
            var firstBad = -1;
            for (var i = 0; i < values.Length; i++)
            {
                badField = null;
                values[i] = parser[i];
                rawTexts[i] = badField ?? values[i];
                if (badField is not null && firstBad < 0)
                {
                    firstBad = i;
                }
            }

            // RawRow is the line the record ends on; a line break inside a field is one of CsvHelper's raw rows too.
            var line = parser.RawRow - rawTexts.Sum(LineBreaks);
            var fields = new CsvField[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                fields[i] = new CsvField(values[i], line);
                line += LineBreaks(rawTexts[i]);
            }

            if (firstBad >= 0)
            {
                errors.Add(Error(fields, firstBad, columnNames, Problem(rawTexts[firstBad])) with { Problem = Kind(rawTexts[firstBad]) });
            }
            else if (parser.RawRecord.AsSpan().Count(Quote) % 2 != 0)
            {
                // CsvHelper accepts a last field such as "abc"" that the end of the file cuts off inside its quotes; a
                // well-formed record always has an even number of quotes, and such a field can only be the last.
                errors.Add(Error(fields, fields.Length - 1, columnNames, Unclosed) with { Problem = CsvProblem.UnclosedQuote });
            }
            else
            {
                records.Add(new CsvRecord(fields[0].Line, fields));
            }
        }

        return (records, errors);
    }

    private static CsvError Error(CsvField[] fields, int index, IReadOnlyList<string> columnNames, string message) =>
        new(fields[index].Line, index + 1, index < columnNames.Count ? columnNames[index] : "extra", message);

    private static CsvProblem Kind(string raw) => Problem(raw) switch
    {
        Unclosed => CsvProblem.UnclosedQuote,
        var text when text.StartsWith("a quote inside", StringComparison.Ordinal) => CsvProblem.QuoteInUnquotedField,
        _ => CsvProblem.TextAfterClosingQuote,
    };

    /// <summary>What is wrong with a field CsvHelper found malformed, in the words of a person fixing the file.</summary>
    private static string Problem(string raw)
    {
        if (raw.Length == 0 || raw[0] != Quote)
        {
            return "a quote inside an unquoted field; quote the whole field and double the quotes inside it";
        }

        // Walk the quoted field as RFC 4180 reads it: a doubled quote stays inside, a single one closes the field.
        for (var i = 1; i < raw.Length; i++)
        {
            if (raw[i] != Quote)
            {
                continue;
            }

            if (i + 1 < raw.Length && raw[i + 1] == Quote)
            {
                i++;
                continue;
            }

            return "text after a closing quote; double a quote that belongs inside a quoted field";
        }

        return Unclosed;
    }

    /// <summary>Line breaks as CsvHelper counts raw rows: CRLF, a lone CR or a lone LF.</summary>
    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
