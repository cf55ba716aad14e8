namespace BotCommit.Forecasting.Regions;

/// <summary>What a manager's judgement value says (see <see cref="JudgementValue"/>). Persist by name.</summary>
public enum JudgementVerdict
{
    Unknown = 0,

    /// <summary>No measured week yet.</summary>
    NoHistory = 1,

    /// <summary>Value below 1: their calls were closer to the actual than the roll-up.</summary>
    Helped = 2,

    /// <summary>Value exactly 1: no better and no worse.</summary>
    Neutral = 3,

    /// <summary>Value above 1: the roll-up alone was closer.</summary>
    Hurt = 4,

    /// <summary>
    /// The roll-up hit the actual exactly every measured week, so there is no ratio (base zero). Shown as "roll-up
    /// exact" with <see cref="JudgementValue.MeanCallError"/> beside it: zero means the calls were exact too, more than
    /// zero is what the adjustments cost.
    /// </summary>
    RollUpExact = 5,
}
