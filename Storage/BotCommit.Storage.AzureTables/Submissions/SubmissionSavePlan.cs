using BotCommit.Forecasting.Submissions;
using BotCommit.Storage.AzureTables.Batching;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// Decides how a save fits the 100-action transaction: in place (same generation, stale lines deleted in
/// the transaction) when header + upserts + deletes ≤ 100, otherwise under the next generation with the
/// old lines deleted afterwards. Pure, so the choice is unit-tested without a server.
/// </summary>
internal sealed record SubmissionSavePlan(
    int Generation,
    IReadOnlyList<SubmissionRowEntity> DeleteInTransaction,
    IReadOnlyList<SubmissionRowEntity> DeleteAfterwards)
{
    /// <param name="submission">What to write.</param>
    /// <param name="currentHeader">The stored header, or null when creating.</param>
    /// <param name="existing">Every stored row of this rep in the week (header included, keys and generation at least).</param>
    public static SubmissionSavePlan Create(Submission submission, SubmissionRowEntity? currentHeader, IReadOnlyList<SubmissionRowEntity> existing)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(existing);
        var generation = currentHeader?.Generation ?? 0;
        var keep = submission.Deals.Select(d => SubmissionKeys.LineRowKey(submission.Rep, generation, d.Id)).ToHashSet(StringComparer.Ordinal);
        var lines = existing.Where(r => !SubmissionKeys.Parse(r.RowKey).IsHeader).ToList();
        var stale = lines.Where(r => !keep.Contains(r.RowKey)).ToList();

        if (1 + submission.Deals.Count + stale.Count <= TransactionBatch.MaxActions)
        {
            return new SubmissionSavePlan(generation, stale, []);
        }

        var next = checked(generation + 1);
        var written = submission.Deals.Select(d => SubmissionKeys.LineRowKey(submission.Rep, next, d.Id)).ToHashSet(StringComparer.Ordinal);
        return new SubmissionSavePlan(next, [], lines.Where(r => !written.Contains(r.RowKey)).ToList());
    }
}
