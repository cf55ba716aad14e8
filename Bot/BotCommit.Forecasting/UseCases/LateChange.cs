using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.UseCases;

/// <summary>
/// A change to a week's snapshot after the deadline: the differences of the Commit and Upside totals (all close dates,
/// in team currency; positive = more) between the snapshot before and after the edit.
/// </summary>
public sealed record LateChange(DateTimeOffset At, decimal CommitDelta, decimal UpsideDelta)
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

    /// <summary>Invariant <c>commit=…;upside=…</c> text kept in the action record.</summary>
    public string ToDetail() => string.Create(CultureInfo.InvariantCulture, $"commit={CommitDelta};upside={UpsideDelta}");

    /// <summary>Reads <see cref="ToDetail"/> back; null when the text is not in that form.</summary>
    public static LateChange? FromDetail(DateTimeOffset at, string? detail)
    {
        if (detail is null)
        {
            return null;
        }

        decimal? commit = null;
        decimal? upside = null;
        foreach (var part in detail.Split(';'))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && decimal.TryParse(pair[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                if (pair[0] == "commit")
                {
                    commit = value;
                }
                else if (pair[0] == "upside")
                {
                    upside = value;
                }
            }
        }

        return commit is { } c && upside is { } u ? new LateChange(at, c, u) : null;
    }

    private static decimal Total(Submission submission, ForecastCategory category) =>
        submission.Deals.Where(d => d.Category == category).Sum(d => d.Amount);
}
