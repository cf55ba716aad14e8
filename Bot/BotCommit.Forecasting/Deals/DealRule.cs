namespace BotCommit.Forecasting.Deals;

/// <summary>A rule of <see cref="DealRules"/> that an entered deal line breaks. Persist by name.</summary>
public enum DealRule
{
    Unknown = 0,

    /// <summary>An open deal (Commit, Upside, Pipeline) cannot close before the review week's Monday.</summary>
    CloseDateInPast = 1,

    /// <summary>A soft commit needs a reason (why it is a commit anyway).</summary>
    ReasonRequired = 2,

    /// <summary>Only a Won deal can be booked but unrealized.</summary>
    UnrealizedNotWon = 3,
}
