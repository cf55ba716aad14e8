using System.Globalization;

namespace BotCommit.Exchange;

/// <summary>
/// One problem found while reading a CSV file. <see cref="Line"/> is the 1-based physical line on which the offending
/// field (or record) starts; <see cref="Column"/> is the 1-based field position in the record and
/// <see cref="ColumnName"/> its header name; both are null when the problem concerns the whole record (e.g. a wrong
/// number of columns). <see cref="ToString"/> gives the form people read:
/// <c>line 7, column 8 (amount): "1,000.00" is not an invariant decimal like 1000.00</c>.
/// </summary>
public sealed record CsvError(int Line, int? Column, string? ColumnName, string Message)
{
    /// <summary>What kind of problem it is, for a reader who shows it in another language (<see cref="Message"/> is English).</summary>
    public CsvProblem Problem { get; init; }

    /// <summary>The numbers or names the problem's sentence needs besides the line and column (e.g. the missing column's name).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public override string ToString() => Column is { } column
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {column} ({ColumnName}): {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}

/// <summary>The kinds of <see cref="CsvError"/> a reader can put into words of its own.</summary>
public enum CsvProblem
{
    /// <summary>Only <see cref="CsvError.Message"/> says what is wrong.</summary>
    Other = 0,
    QuoteInUnquotedField = 1,
    TextAfterClosingQuote = 2,
    UnclosedQuote = 3,
    EmptyFile = 4,

    /// <summary>Arguments: the column's name, the mapping's name, the accepted names.</summary>
    MissingColumn = 5,

    /// <summary>Arguments: the cells in the row, the cells in the header.</summary>
    CellCount = 6,
}
