namespace BotCommit.Cards.Summary;

/// <summary>
/// One figure as the summary shows it: its label, its value (or the word for an absent ratio), the healthy band in
/// words (null when the figure has none) and whether the value is outside that band.
/// </summary>
internal sealed record FigureLine(string Label, string Value, string? Band, bool Flagged);
