namespace BotCommit.Exchange;

/// <summary>How a summary figure is written: an amount, an unrounded ratio (absent = null) or a count.</summary>
internal enum FigureKind
{
    Unknown = 0,
    Amount = 1,
    Ratio = 2,
    Count = 3,
}
