using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// How one week's call of a node turned out: <see cref="RollUp"/> and <see cref="Call"/> are that week's commit (close
/// dates in the week) in the roll-up and in the call of record made by <see cref="CalledBy"/>; <see cref="Actual"/> is
/// Won with close date in that week, as the following week's snapshots of record say.
/// </summary>
public sealed record CallAccuracyPoint(NodeId Node, ForecastWeek Week, RepId CalledBy, decimal RollUp, decimal Call, decimal Actual)
{
    /// <summary>|actual − call|.</summary>
    public decimal CallError => Math.Abs(Actual - Call);

    /// <summary>|actual − roll-up|.</summary>
    public decimal RollUpError => Math.Abs(Actual - RollUp);
}
