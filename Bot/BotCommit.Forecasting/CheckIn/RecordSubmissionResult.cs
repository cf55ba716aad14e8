using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// What <see cref="RecordSubmission"/> stored: the snapshot, the week's deadline, whether this save came after it, for an
/// edit after the deadline the late change, and the receipt's view — built from what was written, not read again.
/// </summary>
public sealed record RecordSubmissionResult(Submission Stored, DateTimeOffset Deadline, bool AfterDeadline, LateChange? LateChange)
{
    /// <summary>The check-in as it stands after the save (deals, totals, the stored submission with its version).</summary>
    public CheckInView? Receipt { get; init; }
}
