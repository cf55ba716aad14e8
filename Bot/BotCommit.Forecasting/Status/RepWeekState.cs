using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Status;

/// <summary>
/// One rep's line of the team's status: their state, why they are away (a skip's reason, or the roster's) and until when,
/// and whether their scheduled card may not have arrived (an instance stopped while sending it, and they have not
/// submitted): an admin can "nudge now" them.
/// </summary>
public sealed record RepWeekState(Rep Rep, RepState State)
{
    public string? Reason { get; init; }

    public DateOnly? AwayUntil { get; init; }

    public bool DeliveryUnknown { get; init; }
}
