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
    public override string ToString() => Column is { } column
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {column} ({ColumnName}): {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
