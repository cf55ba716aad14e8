namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Thrown by <see cref="ISubmissionStore.SaveAsync"/> when the save would replace a week's snapshot of record (a stored
/// snapshot whose <see cref="Submissions.Submission.SealedAfter"/> lies before the new one's recording instant). A change
/// after the record is a revision (<see cref="ISubmissionStore.AddRevisionAsync"/>), never a replacement.
/// </summary>
public sealed class SnapshotOfRecordException : Exception
{
    public SnapshotOfRecordException()
        : base("The week's snapshot of record cannot be replaced.")
    {
    }

    public SnapshotOfRecordException(string message)
        : base(message)
    {
    }

    public SnapshotOfRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
