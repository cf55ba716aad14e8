namespace BotCommit.Exchange.Monthly;

/// <summary>An exported file: its name (for errors) and its text.</summary>
public sealed record ExchangeFile(string Name, string Text);
