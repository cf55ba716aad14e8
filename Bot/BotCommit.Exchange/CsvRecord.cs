namespace BotCommit.Exchange;

/// <summary>One parsed CSV record (a row), starting on the 1-based physical line <see cref="Line"/>.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);
