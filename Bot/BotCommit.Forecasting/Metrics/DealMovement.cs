using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// One movement of one deal since last week (see <see cref="MovementKind"/> for each kind's rule and delta).
/// <see cref="From"/>/<see cref="To"/> are invariant text: category names ("new"/"removed" when absent) for category
/// kinds, <c>yyyy-MM-dd</c> for Slipped/PulledIn, invariant decimals for AmountUp/AmountDown.
/// <see cref="AmountDelta"/> is signed, in the team currency.
/// </summary>
public sealed record DealMovement(RepId Rep, DealId Deal, MovementKind Kind, string From, string To, decimal AmountDelta)
{
    /// <summary><see cref="From"/> of a deal that was not in the W-1 snapshot.</summary>
    public const string New = "new";

    /// <summary><see cref="To"/> of a deal that is not in the W snapshot.</summary>
    public const string Removed = "removed";
}
