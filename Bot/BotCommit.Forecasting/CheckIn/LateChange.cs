using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// A change to a week's snapshot after the deadline: the differences of the Commit and Upside totals (all close dates,
/// in team currency; positive = more) between the snapshot before and after the edit. Kept on its
/// <see cref="ScheduledActionKind.LateChangePost"/> delivery record until it is posted into the summary thread.
/// </summary>
public sealed record LateChange(DateTimeOffset At, decimal CommitDelta, decimal UpsideDelta) : DeliveryPayload
{
    public static LateChange Between(Submission before, Submission after, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new LateChange(
            at,
            Total(after, ForecastCategory.Commit) - Total(before, ForecastCategory.Commit),
            Total(after, ForecastCategory.Upside) - Total(before, ForecastCategory.Upside));
    }

    private static decimal Total(Submission submission, ForecastCategory category) =>
        submission.Deals.Where(d => d.Category == category).Sum(d => d.Amount);
}
