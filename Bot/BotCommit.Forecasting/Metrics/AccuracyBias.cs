namespace BotCommit.Forecasting.Metrics;

/// <summary>A rep's commit bias over a window (rule in <see cref="AccuracyCalculator.BiasOf"/>). Persist by name.</summary>
public enum AccuracyBias
{
    Unknown = 0,

    /// <summary>No consistent bias, or too few weeks to tell.</summary>
    None = 1,

    /// <summary>Consistently books more than committed (attainment above 110 %): commits too low.</summary>
    Sandbagging = 2,

    /// <summary>Consistently books less than committed (attainment below 95 %): commits too high.</summary>
    OverCommitting = 3,
}
