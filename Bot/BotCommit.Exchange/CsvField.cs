namespace BotCommit.Exchange;

/// <summary>One field of a parsed CSV record: its unquoted text and the 1-based line on which it starts.</summary>
internal sealed record CsvField(string Text, int Line);
