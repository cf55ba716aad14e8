using System.Globalization;

namespace BotCommit.Exchange;

/// <summary>
/// Reads the cells of one CSV record by column name, turning every bad value into a located <see cref="CsvError"/>.
/// </summary>
internal sealed class RowCells(CsvRecord record, CsvHeader header, List<CsvError> errors)
{
    /// <summary>The line the record starts on.</summary>
    public int Line => record.Line;

    /// <summary>Whether the file has <paramref name="column"/> (an optional trailing column may be missing in older files).</summary>
    public bool Has(string column) => header.Contains(column);

    /// <summary>The cell's text as the file has it (unquoted, formula guard still on).</summary>
    public string Raw(string column) => record.Fields[header.IndexOf(column)].Text;

    public void Fail(string column, string message)
    {
        var index = header.IndexOf(column);
        errors.Add(new CsvError(record.Fields[index].Line, index + 1, column, message));
    }

    /// <summary>The parsed value, or null after recording <c>"text" problem</c>.</summary>
    public T? Parse<T>(string column, Func<string, T?> parse, string problem)
        where T : struct
    {
        var text = Raw(column);
        var value = parse(text);
        if (value is null)
        {
            Fail(column, $"\"{text}\" {problem}");
        }

        return value;
    }

    /// <summary>A free-text cell with the formula guard removed; null after recording why it is not acceptable.</summary>
    public string? Text(string column, int maxLength, bool required, string what)
    {
        var text = FormulaGuard.Remove(Raw(column));
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Fail(column, $"is empty; expected {what}");
            return null;
        }

        if (text.Length > maxLength)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"is {text.Length} characters long; {what} has at most {maxLength}"));
            return null;
        }

        return text;
    }
}
