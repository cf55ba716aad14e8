using System.Globalization;

namespace BotCommit.Exchange;

/// <summary>Reads the cells of one submissions CSV record, turning every bad value into a located <see cref="CsvError"/>.</summary>
internal sealed class RowCells(CsvRecord record, List<CsvError> errors)
{
    public string Raw(int index) => record.Fields[index].Text;

    public void Fail(int index, string message) =>
        errors.Add(new CsvError(record.Fields[index].Line, index + 1, SubmissionsCsv.Columns[index], message));

    /// <summary>The parsed value, or null after recording <c>"text" problem</c>.</summary>
    public T? Parse<T>(int index, Func<string, T?> parse, string problem)
        where T : struct
    {
        var text = Raw(index);
        var value = parse(text);
        if (value is null)
        {
            Fail(index, $"\"{text}\" {problem}");
        }

        return value;
    }

    /// <summary>A free-text cell with the formula guard removed; null after recording why it is not acceptable.</summary>
    public string? Text(int index, int maxLength, bool required, string what)
    {
        var text = CsvText.Unguard(Raw(index));
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Fail(index, $"is empty; expected {what}");
            return null;
        }

        if (text.Length > maxLength)
        {
            Fail(index, string.Create(CultureInfo.InvariantCulture, $"is {text.Length} characters long; {what} has at most {maxLength}"));
            return null;
        }

        return text;
    }
}
