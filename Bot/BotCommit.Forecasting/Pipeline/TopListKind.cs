namespace BotCommit.Forecasting.Pipeline;

/// <summary>The TOP lists of a review (seed 001's review of S5/S4 TOP projects). Persist by name.</summary>
public enum TopListKind
{
    Unknown = 0,

    /// <summary>Won, close date in M's month.</summary>
    BookedThisMonth = 1,

    /// <summary>Open, stage ≥ 90 %, close date up to the end of the fiscal quarter containing M.</summary>
    Closing = 2,

    /// <summary>Open, stage 60–80 %.</summary>
    BestFew = 3,
}
