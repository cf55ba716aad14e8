using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// What a manager's call card shows for <see cref="Node"/> and the week: the roll-up it is pre-filled with (the reps'
/// sums for a team, the children's calls for a region), the call as it stands (the latest submission applied, or the
/// roll-up), the deals that may be moved, the deadline, and the node's currency and zone as they apply.
/// </summary>
public sealed record CallCardView(
    OrgNode Node,
    ReviewPeriod Period,
    CallFigures RollUp,
    CallFigures Current,
    CallSubmission? Latest,
    IReadOnlyList<CallableDeal> Deals,
    CallWindow Window,
    string Currency,
    string TimeZoneId);
