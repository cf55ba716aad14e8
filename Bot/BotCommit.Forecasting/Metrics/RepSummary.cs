using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// One rep's line of the weekly summary. The flags are independent: <see cref="Submitted"/> = the rep submitted
/// for W themselves (on time or <see cref="Late"/>); <see cref="Carried"/> = the figures come from a carried-forward
/// snapshot ("carried, not confirmed"); <see cref="Away"/> = away this week (roster <c>AwayUntil</c> >= M, or a
/// skip) when recorded by the deadline, excluded from compliance; <see cref="SkippedLate"/> = a skip recorded after it. <see cref="NoSnapshot"/> = nothing to show (never submitted).
/// </summary>
public sealed record RepSummary(RepId Rep, string RepName, SummaryFigures Figures)
{
    public bool Submitted { get; init; }

    public bool Late { get; init; }

    public bool Carried { get; init; }

    public bool Away { get; init; }

    public string? AwayReason { get; init; }

    public bool NoSnapshot { get; init; }

    /// <summary>
    /// The rep skipped the week after its deadline: kept and shown ("skipped late"), but not away — they count as
    /// missing in the week's compliance (domain.md "absences known in time").
    /// </summary>
    public bool SkippedLate { get; init; }

    /// <summary>
    /// The rep had left the team by this week (<see cref="Rep.LeftWeek"/>): not expected, not carried; the figures are their
    /// bookings only (domain.md "When a rep leaves"), listed under "left".
    /// </summary>
    public bool Left { get; init; }

    /// <summary>Submitted by the deadline: counts towards compliance.</summary>
    public bool OnTime => Submitted && !Late;
}
