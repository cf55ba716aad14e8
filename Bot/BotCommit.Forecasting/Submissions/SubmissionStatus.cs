namespace BotCommit.Forecasting.Submissions;

/// <summary>How a rep's snapshot for a week came to be. Persist by name.</summary>
public enum SubmissionStatus
{
    Unknown = 0,

    /// <summary>The rep submitted (or edited) it.</summary>
    Submitted = 1,

    /// <summary>The rep did not submit; copied from their latest earlier snapshot ("carried, not confirmed").</summary>
    CarriedForward = 2,

    /// <summary>The rep is away this week and said so (with a reason).</summary>
    Skipped = 3,
}
