namespace BotCommit.Cards.Admin;

/// <summary>
/// One person on the status card: their name, and for the away list the date they are back or their skip reason,
/// for the unreachable list why they cannot be reached.
/// </summary>
public sealed record StatusRep(string Name)
{
    public DateOnly? AwayUntil { get; init; }

    public string? Reason { get; init; }

    public Reachability Reachability { get; init; } = Reachability.Reachable;
}
