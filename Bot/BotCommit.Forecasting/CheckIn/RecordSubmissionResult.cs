using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// What <see cref="RecordSubmission"/> stored: the week's snapshot (after the deadline: the snapshot of record, unchanged
/// when this save was a revision), the week's deadline, whether this save came after it, for a revision the revision
/// itself and its late change, and the receipt's view — built from what was written, not read again.
/// </summary>
public sealed record RecordSubmissionResult(Submission Stored, DateTimeOffset Deadline, bool AfterDeadline, LateChange? LateChange)
{
    /// <summary>The check-in as it stands after the save (deals, totals, the stored submission with its version).</summary>
    public CheckInView? Receipt { get; init; }

    /// <summary>
    /// The revision this save kept (recorded after the week's snapshot of record, which it did not change), or null when
    /// the save was (or replaced) the week's snapshot.
    /// </summary>
    public Submission? Revision { get; init; }

    /// <summary>True when the save was kept as a revision: "recorded after the deadline — last week's commit is unchanged".</summary>
    public bool IsRevision => Revision is not null;
}
