using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Admin;

/// <summary>
/// The admin's "status": the current review week of a team, its deadline (in the team's zone), whether the schedule
/// is paused or the week skipped, and the reps by state. <see cref="Unreachable"/> overlaps the other lists: it names
/// active reps BotCommit cannot message at all, whatever they submitted.
/// </summary>
public sealed record StatusCardModel(string TeamName, ForecastWeek Week, DateTimeOffset Deadline)
{
    public bool Paused { get; init; }

    /// <summary>The holiday reason when the week is skipped for the whole team.</summary>
    public string? SkippedReason { get; init; }

    public int RosterCount { get; init; }

    /// <summary>N of the TOP lists in the summary thread (the team's setting or the default).</summary>
    public int TopListSize { get; init; } = Forecasting.Pipeline.TopListCalculator.DefaultSize;

    /// <summary>The regions the team rolls up into, its own region first (issue #17); empty when the team works alone.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The team's monthly forecast is on (issue #18).</summary>
    public bool MonthlyForecastOn { get; init; } = true;

    public IReadOnlyList<StatusRep> Submitted { get; init; } = [];

    public IReadOnlyList<StatusRep> Late { get; init; } = [];

    public IReadOnlyList<StatusRep> Missing { get; init; } = [];

    public IReadOnlyList<StatusRep> Away { get; init; } = [];

    public IReadOnlyList<StatusRep> Unreachable { get; init; } = [];

    /// <summary>
    /// Reps whose scheduled message was on the wire when an instance stopped: it may not have arrived, and the schedule
    /// does not send it again on its own ("nudge now" does).
    /// </summary>
    public IReadOnlyList<StatusRep> DeliveryUnknown { get; init; } = [];
}
