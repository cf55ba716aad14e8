namespace BotCommit.Cards.Summary;

/// <summary>One series of a <see cref="GroupedBarChart"/>: its legend and one point per group.</summary>
internal sealed record ChartSeries(string Legend, IReadOnlyList<ChartPoint> Points);
