using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// When node <see cref="Node"/>'s call for <see cref="Week"/> happens. <see cref="Opens"/>: for a team, the instant its
/// reps' snapshots of record are final (its summary); for a region, its children's latest call deadline (their calls
/// of record are then known, so the region's summary and its call card can go out). <see cref="Deadline"/>: what
/// stands then is the call of record. <see cref="Reminders"/>: instants to remind managers who have not called
/// (only those after <see cref="Opens"/>). <see cref="EscalateTo"/>: the parent's managers, told at the deadline when
/// no call was made (none for a root).
/// </summary>
public sealed record CallWindow(
    NodeId Node,
    ForecastWeek Week,
    DateTimeOffset Opens,
    DateTimeOffset Deadline,
    IReadOnlyList<DateTimeOffset> Reminders,
    IReadOnlyList<RepId> EscalateTo)
{
    /// <summary>False when the deadline is not after the opening (a parent set to call before a child): the setting needs fixing.</summary>
    public bool IsValid => Deadline > Opens;
}
