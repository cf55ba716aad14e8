using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Compares a rep's W snapshot with their W-1 snapshot per deal id (pure). A deal may move in several ways at once
/// (e.g. Commit to Lost is DroppedFromCommit and Lost) but never twice in the same way. Without either snapshot
/// there is nothing to compare and no movement (a first submission is not movement). The result is ordered by
/// |amount delta| descending, then deal id, rep id and kind (ordinal).
/// </summary>
public static class DealMovementCalculator
{
    public static IReadOnlyList<DealMovement> Compare(Submission? previous, Submission? current) => Compare(previous, current, null);

    /// <summary>
    /// As <see cref="Compare(Submission?, Submission?)"/>, with the team's reassigned deals of the week
    /// (<see cref="ReassignedDeal.Find"/>): a deal reassigned to this rep is <see cref="MovementKind.ReassignedFrom"/> and
    /// compared with the giving rep's W-1 version; a deal reassigned away from this rep moves nothing on their line.
    /// </summary>
    public static IReadOnlyList<DealMovement> Compare(Submission? previous, Submission? current, IReadOnlyDictionary<DealId, ReassignedDeal>? reassigned)
    {
        if (previous is null || current is null)
        {
            return [];
        }

        if (previous.Rep != current.Rep || previous.Team != current.Team)
        {
            throw new ArgumentException("The two snapshots belong to different reps.", nameof(previous));
        }

        var rep = current.Rep;
        var monthEnd = current.Week.Month.Last;
        var boundaries = new[] { current.Week.Sunday, monthEnd };
        var before = previous.Deals.ToDictionary(d => d.Id);
        var now = current.Deals.ToDictionary(d => d.Id);
        var movements = new List<DealMovement>();
        foreach (var id in before.Keys.Union(now.Keys))
        {
            before.TryGetValue(id, out var p);
            now.TryGetValue(id, out var c);
            if (reassigned?.GetValueOrDefault(id) is { } moved)
            {
                if (moved.From == rep && c is null)
                {
                    continue; // The receiver's line says where it went.
                }

                if (moved.To == rep && p is null && c is not null)
                {
                    movements.Add(new DealMovement(rep, id, MovementKind.ReassignedFrom, moved.From.Value, c.Category.ToString(), 0m));
                    p = moved.Before;
                }
            }

            Classify(rep, id, p, c, boundaries, movements);
        }

        return Order(movements);
    }

    /// <summary>Orders movements largest |amount delta| first, then deal id, rep id and kind.</summary>
    public static IReadOnlyList<DealMovement> Order(IEnumerable<DealMovement> movements) =>
        [.. movements
            .OrderByDescending(m => Math.Abs(m.AmountDelta))
            .ThenBy(m => m.Deal.Value, StringComparer.Ordinal)
            .ThenBy(m => m.Rep.Value, StringComparer.Ordinal)
            .ThenBy(m => m.Kind)];

    private static void Classify(RepId rep, DealId id, DealForecast? p, DealForecast? c, DateOnly[] boundaries, List<DealMovement> into)
    {
        var from = p?.Category.ToString() ?? DealMovement.New;
        var to = c?.Category.ToString() ?? DealMovement.Removed;

        if (c?.Category == ForecastCategory.Commit && p?.Category != ForecastCategory.Commit)
        {
            into.Add(new DealMovement(rep, id, MovementKind.NewInCommit, from, to, c.Amount));
        }

        if (p?.Category == ForecastCategory.Commit && c?.Category is null or ForecastCategory.Upside or ForecastCategory.Pipeline or ForecastCategory.Lost)
        {
            into.Add(new DealMovement(rep, id, MovementKind.DroppedFromCommit, from, to, -p.Amount));
        }

        if (p is { IsOpen: true } && c is { IsOpen: true })
        {
            if (c.CloseDate > p.CloseDate && boundaries.Any(b => p.CloseDate <= b && b < c.CloseDate))
            {
                into.Add(new DealMovement(rep, id, MovementKind.Slipped, Date(p.CloseDate), Date(c.CloseDate), -p.Amount));
            }
            else if (c.CloseDate < p.CloseDate && boundaries.Any(b => c.CloseDate <= b && b < p.CloseDate))
            {
                into.Add(new DealMovement(rep, id, MovementKind.PulledIn, Date(p.CloseDate), Date(c.CloseDate), c.Amount));
            }
        }

        if (p is not null && c is not null && p.Category != ForecastCategory.Lost && c.Category != ForecastCategory.Lost && p.Amount != c.Amount)
        {
            var kind = c.Amount > p.Amount ? MovementKind.AmountUp : MovementKind.AmountDown;
            into.Add(new DealMovement(rep, id, kind, Amount(p.Amount), Amount(c.Amount), c.Amount - p.Amount));
        }

        if (c?.Category == ForecastCategory.Won && p?.Category != ForecastCategory.Won)
        {
            into.Add(new DealMovement(rep, id, MovementKind.Won, from, to, c.Amount));
        }

        if (c?.Category == ForecastCategory.Lost && p?.Category != ForecastCategory.Lost)
        {
            into.Add(new DealMovement(rep, id, MovementKind.Lost, from, to, -c.Amount));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Canonical text without trailing zeros ("451812", "60.5"): a decimal's scale depends on where it came from (storage
    // keeps two decimals, a CSV keeps what was written), and the same summary must read the same from any source.
    private static string Amount(decimal amount) =>
        (amount / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
