namespace BotCommit.Exchange;

/// <summary>A column of an exchange CSV: its header name and how a row's value is written (formatted and guarded).</summary>
internal sealed record CsvColumn<TRow>(string Name, Func<TRow, string> Write);
