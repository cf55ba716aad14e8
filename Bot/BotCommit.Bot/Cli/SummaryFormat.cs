namespace BotCommit.Bot.Cli;

/// <summary>What <c>summary</c> prints: the exchange JSON, or a rendering for people.</summary>
internal enum SummaryFormat
{
    Unknown = 0,
    Json = 1,
    Csv = 2,
    Markdown = 3,
}
