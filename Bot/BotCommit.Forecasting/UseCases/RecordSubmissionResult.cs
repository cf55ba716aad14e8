using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.UseCases;

/// <summary>
/// What <see cref="RecordSubmission"/> stored: the snapshot, the week's deadline, whether this save came after it and,
/// for an edit after the deadline, the late change.
/// </summary>
public sealed record RecordSubmissionResult(Submission Stored, DateTimeOffset Deadline, bool AfterDeadline, LateChange? LateChange);
