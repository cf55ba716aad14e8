using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// Accuracy of managers' calls (pure), on this week's commit — the figure a week's actual settles. Week X is measured
/// when its record has a call and the record of X+1 for the same node holds X's actual; weeks without a call (the
/// roll-up was used, no judgement made) are not measured. A call that kept the roll-up is measured: keeping it was the
/// judgement. Measured weeks are the last <see cref="Weeks"/> before the review week.
/// </summary>
public static class CallAccuracyCalculator
{
    public const int Weeks = 13;

    /// <summary>The measured weeks of every node in <paramref name="records"/> as of <paramref name="asOf"/>, ordered by week, then node.</summary>
    /// <exception cref="ArgumentException">Two records for one node and week.</exception>
    public static IReadOnlyList<CallAccuracyPoint> Points(ForecastWeek asOf, IReadOnlyList<CallRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byKey = new Dictionary<(NodeId, ForecastWeek), CallRecord>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!byKey.TryAdd((record.Node, record.Week), record))
            {
                throw new ArgumentException($"Two records for {record.Node}/{record.Week}.", nameof(records));
            }
        }

        var first = ForecastWeek.FromMonday(asOf.Monday.AddDays(-7 * Weeks));
        return [.. byKey.Values
            .Where(r => r.CalledBy is not null && r.Week >= first && r.Week < asOf && byKey.ContainsKey((r.Node, r.Week.Next)))
            .Select(r => new CallAccuracyPoint(r.Node, r.Week, r.CalledBy!.Value, r.RollUp.ThisWeekCommit, r.Call.ThisWeekCommit, byKey[(r.Node, r.Week.Next)].LastWeekActual))
            .OrderBy(p => p.Week)
            .ThenBy(p => p.Node)];
    }

    /// <summary>The judgement value of <paramref name="manager"/>: the measured weeks whose call of record they made, on any node.</summary>
    public static JudgementValue ForManager(RepId manager, ForecastWeek asOf, IReadOnlyList<CallRecord> records) =>
        new([.. Points(asOf, records).Where(p => p.CalledBy == manager)]);

    /// <summary>The judgement value of the calls of <paramref name="node"/>, whoever made them.</summary>
    public static JudgementValue ForNode(NodeId node, ForecastWeek asOf, IReadOnlyList<CallRecord> records) =>
        new([.. Points(asOf, records).Where(p => p.Node == node)]);
}
