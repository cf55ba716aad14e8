using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The managers' calls: every accepted <see cref="CallSubmission"/> (write-once; which one is the call of record is
/// decided by <see cref="CallResolver"/> from their instants, so a later one is a revision and never rewrites the record)
/// and one <see cref="CallRecord"/> per node and week once its deadline has passed (immutable: the first one stands).
/// </summary>
public interface ICallStore
{
    /// <summary>
    /// Keeps <paramref name="submission"/>. Adding the same submission again (same node, week, submitter and instant) keeps the
    /// first and changes nothing.
    /// </summary>
    Task AddSubmissionAsync(CallSubmission submission, CancellationToken cancellationToken);

    /// <summary>Every submission for the node and week, oldest first.</summary>
    Task<IReadOnlyList<CallSubmission>> ListSubmissionsAsync(NodeId node, ForecastWeek week, CancellationToken cancellationToken);

    /// <summary>Keeps the week's record; false (and nothing written) when the node's week already has one.</summary>
    Task<bool> AddRecordAsync(CallRecord record, CancellationToken cancellationToken);

    /// <summary>The node's records of weeks <paramref name="from"/> up to but not including <paramref name="until"/>, oldest first.</summary>
    Task<IReadOnlyList<CallRecord>> ListRecordsAsync(NodeId node, ForecastWeek from, ForecastWeek until, CancellationToken cancellationToken);
}
