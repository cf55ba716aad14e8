namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// What happened to a deal between the rep's W-1 and W snapshots. "Open" = Commit, Upside or Pipeline; p is the
/// deal in W-1, c in W; S is W's Sunday and "month end" the last day of the month of W's Monday. Persist by name.
/// </summary>
public enum MovementKind
{
    Unknown = 0,

    /// <summary>c is Commit and p is absent or not Commit. Delta +c.Amount.</summary>
    NewInCommit = 1,

    /// <summary>p is Commit and c is absent ("removed"), Upside, Pipeline or Lost (Commit to Won is <see cref="Won"/>). Delta −p.Amount.</summary>
    DroppedFromCommit = 2,

    /// <summary>
    /// p and c open, the close date moved later across S or the month end (p.Close &lt;= b &lt; c.Close for b = S or
    /// month end): it left W or left the month. Delta −p.Amount (what left the period).
    /// </summary>
    Slipped = 3,

    /// <summary>p and c open, the close date moved earlier across S or the month end (c.Close &lt;= b &lt; p.Close): it came into W or into the month. Delta +c.Amount.</summary>
    PulledIn = 4,

    /// <summary>p and c present, neither Lost, c.Amount > p.Amount. Delta c.Amount − p.Amount.</summary>
    AmountUp = 5,

    /// <summary>p and c present, neither Lost, c.Amount &lt; p.Amount. Delta c.Amount − p.Amount (negative).</summary>
    AmountDown = 6,

    /// <summary>c is Won and p is absent or not Won. Delta +c.Amount.</summary>
    Won = 7,

    /// <summary>c is Lost and p is absent or not Lost. Delta −c.Amount.</summary>
    Lost = 8,

    /// <summary>
    /// c was reassigned to this rep (domain.md "When a rep leaves"): absent from their W-1 snapshot, it was in rep X's W-1
    /// snapshot and X no longer holds it in W. From = X's rep id, To = c's category, delta 0 (moving a deal changes no team
    /// figure). The deal keeps its history: its other movements compare c with X's W-1 version (so a Commit that stays
    /// a Commit is never "new in Commit"), and X's line shows no movement for it.
    /// </summary>
    ReassignedFrom = 9,
}
