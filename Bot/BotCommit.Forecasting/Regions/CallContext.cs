using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// What a call for <see cref="Node"/> is checked against: the node (its managers), the review period on its fiscal
/// calendar, the roll-up the card was pre-filled with, and the deals under the node that may be moved.
/// </summary>
public sealed record CallContext(OrgNode Node, ReviewPeriod Period, CallFigures RollUp, IReadOnlyList<CallableDeal> Deals);
