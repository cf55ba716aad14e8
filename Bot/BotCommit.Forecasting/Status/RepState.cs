namespace BotCommit.Forecasting.Status;

/// <summary>Where a rep stands in the week the schedule works on. Persist by name.</summary>
public enum RepState
{
    Unknown = 0,

    /// <summary>Submitted by the deadline.</summary>
    OnTime = 1,

    /// <summary>Submitted, late (<see cref="Submissions.Submission.IsLateFor"/>).</summary>
    Late = 2,

    /// <summary>Away (roster date covering the week's Monday) or skipped the week with a reason.</summary>
    Away = 3,

    /// <summary>Expected and not submitted yet.</summary>
    Missing = 4,
}
