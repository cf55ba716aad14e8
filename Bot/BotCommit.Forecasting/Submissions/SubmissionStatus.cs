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

    /// <summary>
    /// The rep had left the team by this week (<see cref="Teams.Rep.LeftWeek"/>): their bookings of the snapshot's scope
    /// (Won, counted under "left") and their open deals no other rep holds yet (the team's unassigned pipeline, counted
    /// in nobody's commit), from their last snapshot of record before they left. Resolved, never stored
    /// (<see cref="LeaverSnapshot"/>); the export writes it so the offline summary reads it back.
    /// </summary>
    Left = 4,
}
