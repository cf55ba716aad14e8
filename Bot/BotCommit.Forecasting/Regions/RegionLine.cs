using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// One line of a region's summary: a child node, or the region itself. Amounts are in the tree's currency; ratios are
/// unrounded fractions and null on a zero base or a missing target, as in the Monday summary.
/// </summary>
public sealed record RegionLine(OrgNode Node, CallFigures RollUp, CallFigures Call, CallState State)
{
    /// <summary>Call − roll-up per figure (the manager's judgement).</summary>
    public CallFigures Judgement => Call.Minus(RollUp);

    public RepId? CalledBy { get; init; }

    public DateTimeOffset? CalledAt { get; init; }

    /// <summary>The call of record: the figures the manager set and the deals they moved, each with its note.</summary>
    public CallSubmission? Record { get; init; }

    /// <summary>Submissions after the deadline, oldest first (shown; they never replace the record).</summary>
    public IReadOnlyList<CallSubmission> Revisions { get; init; } = [];

    /// <summary>The latest revision's figures over the same roll-up; null without revisions.</summary>
    public CallFigures? LatestRevision { get; init; }

    /// <summary>Won with close date in M-7..M-1 under the node.</summary>
    public decimal LastWeekActual { get; init; }

    /// <summary>This week's commit of last week's call (the roll-up where last week had no call); null without last week's record.</summary>
    public decimal? LastWeekCall { get; init; }

    /// <summary>Whether last week's record had no call (its <see cref="LastWeekCall"/> is then the roll-up).</summary>
    public bool LastWeekNoCall { get; init; }

    /// <summary><see cref="LastWeekActual"/> ÷ <see cref="LastWeekCall"/>: the call's attainment; healthy 0.95..1.10.</summary>
    public decimal? CallAttainment { get; init; }

    /// <summary>Whether <see cref="CallAttainment"/> is outside 95..110 % (false when there is none).</summary>
    public bool CallAttainmentOutsideBand { get; init; }

    /// <summary>This week's commit of last week's roll-up (the reps' sum, or the children's calls).</summary>
    public decimal? LastWeekRollUp { get; init; }

    /// <summary><see cref="LastWeekActual"/> ÷ <see cref="LastWeekRollUp"/>: the roll-up's attainment, beside the call's.</summary>
    public decimal? RollUpAttainment { get; init; }

    public decimal? MonthTarget { get; init; }

    public decimal? QuarterTarget { get; init; }

    /// <summary>The call's month forecast ÷ the month target.</summary>
    public decimal? MonthForecastToTarget { get; init; }

    /// <summary>The call's quarter forecast ÷ the quarter target.</summary>
    public decimal? QuarterForecastToTarget { get; init; }

    /// <summary>The roll-up's month forecast ÷ the month target.</summary>
    public decimal? RollUpMonthForecastToTarget { get; init; }

    /// <summary>The roll-up's quarter forecast ÷ the quarter target.</summary>
    public decimal? RollUpQuarterForecastToTarget { get; init; }

    /// <summary>Commit + Upside + Pipeline with close date from M to the quarter's end, under the node (the reps' own).</summary>
    public decimal OpenPipelineRestOfQuarter { get; init; }

    /// <summary>Won with close date in the quarter, under the node.</summary>
    public decimal WonInQuarter { get; init; }

    /// <summary><see cref="OpenPipelineRestOfQuarter"/> ÷ (quarter target − <see cref="WonInQuarter"/>); null without a target or when it is met.</summary>
    public decimal? PipelineCoverage { get; init; }

    public int RepsExpected { get; init; }

    public int RepsOnTime { get; init; }

    /// <summary>Reps under the node who submitted by their deadline ÷ reps expected.</summary>
    public decimal? RepCompliance { get; init; }

    /// <summary>Nodes with managers counted for this line: a child and everything under it; for the region itself, everything under it.</summary>
    public int CallsExpected { get; init; }

    public int CallsMade { get; init; }

    /// <summary><see cref="CallsMade"/> (by their deadlines) ÷ <see cref="CallsExpected"/>.</summary>
    public decimal? ManagerCompliance { get; init; }

    /// <summary>The judgement value of each of the node's managers.</summary>
    public IReadOnlyList<ManagerJudgement> Managers { get; init; } = [];
}
