namespace BotCommit.Forecasting.Pipeline;

/// <summary>The funnel's phases (seeds 000 and 002), by stage. Persist by name.</summary>
public enum FunnelPhase
{
    Unknown = 0,

    /// <summary>Stage 0–25 %.</summary>
    AboveFunnel = 1,

    /// <summary>Stage 50 %.</summary>
    InFunnel = 2,

    /// <summary>Stage 60–90 %.</summary>
    BestFew = 3,

    /// <summary>Stage 100 % or Won.</summary>
    Order = 4,
}
