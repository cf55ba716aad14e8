namespace BotCommit.Forecasting.Input;

/// <summary>Why a typed target was refused (each edge says it in the reader's language). Persist by name.</summary>
public enum TargetProblem
{
    Unknown = 0,

    /// <summary>Neither or both of month and quarter were said, and the period did not tell.</summary>
    Kind = 1,

    /// <summary>No amount (nor a word that removes the target) could be read; <see cref="TargetReading.AmountError"/> may say why.</summary>
    Amount = 2,

    /// <summary>An amount was read but not the period.</summary>
    Period = 3,

    /// <summary>A quarter that does not start on a fiscal quarter's first month (<c>2026-11</c> on a January calendar).</summary>
    QuarterStart = 4,
}
