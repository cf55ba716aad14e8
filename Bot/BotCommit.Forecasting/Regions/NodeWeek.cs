using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// One node's rolled-up week. <see cref="RollUp"/>: for a team its reps' sums; for a region the sum of its children's
/// <see cref="Call"/>s. <see cref="Call"/>: the call of record applied to the roll-up, or the roll-up itself when there is
/// none (<see cref="State"/>). <see cref="Sums"/>: the reps' amounts under the node. Targets: a team's from its settings
/// (via its summary); a region's own, else the sum of its children's when every child has one (null otherwise).
/// <see cref="CallsExpectedBelow"/>/<see cref="CallsMadeBelow"/> count the nodes strictly under this one that have
/// managers (a node without managers is not expected to call) and those that called by their deadline.
/// </summary>
public sealed record NodeWeek(OrgNode Node, ReviewPeriod Period, CallFigures RollUp, CallFigures Call, CallState State, SubtreeSums Sums)
{
    public NodeId Id => Node.Id;

    /// <summary>Call − roll-up per figure: the manager's judgement (zero without a call).</summary>
    public CallFigures Judgement => Call.Minus(RollUp);

    /// <summary>The resolved call (record and revisions); null while <see cref="CallState.Pending"/>.</summary>
    public ResolvedCall? Resolved { get; init; }

    public RepId? CalledBy => Resolved?.Record?.Submitter;

    public DateTimeOffset? CalledAt => Resolved?.Record?.SubmittedAt;

    public decimal? MonthTarget { get; init; }

    public decimal? QuarterTarget { get; init; }

    /// <summary>Whether this node is expected to call: it has managers.</summary>
    public bool CallExpected => Node.Managers.Count > 0;

    public int CallsExpectedBelow { get; init; }

    public int CallsMadeBelow { get; init; }

    /// <summary>The week as kept for history (last week's call, accuracy).</summary>
    public CallRecord ToRecord() =>
        new(Id, Period.Week, RollUp, Call, State == CallState.Called ? CalledBy : null, Sums.LastWeekActual);
}
