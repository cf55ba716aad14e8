namespace BotCommit.Forecasting.Monthly;

/// <summary>How a rep's monthly forecast of record came to be. Persist by name.</summary>
public enum MonthlyForecastState
{
    Unknown = 0,

    /// <summary>Submitted by the deadline (the latest such submission).</summary>
    OnTime = 1,

    /// <summary>First submitted after the deadline but no later than the review.</summary>
    Late = 2,

    /// <summary>Not submitted by the review: carried from the rep's previous forecast of record ("carried, not confirmed").</summary>
    Carried = 3,
}
