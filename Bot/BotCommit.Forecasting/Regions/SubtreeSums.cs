using BotCommit.Forecasting.Metrics;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// The reps' amounts and counts under a node that calls do not change (the reps' own figures, summed from the teams'
/// Monday summaries): last week's actual and last week's reps' commit, Won in the quarter and the open pipeline to the
/// quarter's end (pipeline coverage), and the reps expected and on time (submission compliance).
/// </summary>
public sealed record SubtreeSums(
    decimal LastWeekActual,
    decimal LastWeekRepCommit,
    decimal WonInQuarter,
    decimal OpenPipelineRestOfQuarter,
    int RepsExpected,
    int RepsOnTime)
{
    public static SubtreeSums Zero { get; } = new(0m, 0m, 0m, 0m, 0, 0);

    public static SubtreeSums Of(WeeklySummary team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var f = team.TeamFigures;
        return new(f.LastWeekActual, f.LastWeekCommit, f.WonInQuarter, f.OpenPipelineRestOfQuarter, team.ExpectedCount, team.OnTimeCount);
    }

    public SubtreeSums Plus(SubtreeSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            LastWeekActual + other.LastWeekActual,
            LastWeekRepCommit + other.LastWeekRepCommit,
            WonInQuarter + other.WonInQuarter,
            OpenPipelineRestOfQuarter + other.OpenPipelineRestOfQuarter,
            RepsExpected + other.RepsExpected,
            RepsOnTime + other.RepsOnTime);
    }
}
