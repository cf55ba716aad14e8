using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>Decides a node's call of record for a week from its submissions (pure; see <see cref="ResolvedCall"/>).</summary>
public static class CallResolver
{
    /// <param name="node">The node.</param>
    /// <param name="week">The review week.</param>
    /// <param name="deadline">The node's call deadline for the week (<see cref="CallWindow.Deadline"/>).</param>
    /// <param name="submissions">Every accepted submission for the node and week, any order; a tie in time goes to the later one in the list.</param>
    public static ResolvedCall Resolve(NodeId node, ForecastWeek week, DateTimeOffset deadline, IReadOnlyList<CallSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var ordered = submissions
            .Select((s, index) => (Submission: s, Index: index))
            .OrderBy(x => x.Submission.SubmittedAt)
            .ThenBy(x => x.Index)
            .Select(x => x.Submission)
            .ToList();
        foreach (var submission in ordered)
        {
            ArgumentNullException.ThrowIfNull(submission, nameof(submissions));
            if (submission.Node != node || submission.Week != week)
            {
                throw new ArgumentException($"A call of {submission.Node}/{submission.Week} was passed for {node}/{week}.", nameof(submissions));
            }
        }

        var record = ordered.LastOrDefault(s => s.SubmittedAt <= deadline);
        return new ResolvedCall(node, week, deadline, record, [.. ordered.Where(s => s.SubmittedAt > deadline)]);
    }
}
