namespace BotCommit.Forecasting.Pipeline;

/// <summary>Why a deal is stalled. Persist by name.</summary>
public enum StallReason
{
    Unknown = 0,

    /// <summary>Open below 90 % and in its stage for 42 days or more (six weekly reviews).</summary>
    LongInStage = 1,

    /// <summary>Its close date moved later in two or more of its snapshots of record.</summary>
    RepeatedSlips = 2,
}
