using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// The record of one delivery (a scheduled action, a summary post or reply, a late change, a welcome or setup card) for
/// (team, week, subject, kind): its state in the one exactly-once mechanism (<see cref="Deliveries.DeliveryRunner"/>),
/// when it last changed (<see cref="UpdatedAt"/>, a UTC instant from the injected clock), a reason for people
/// (<see cref="Detail"/>) and what the sender needs to remember (<see cref="Payload"/>, typed; Storage serializes it).
/// <see cref="Subject"/> is a rep id, <see cref="TeamSubject"/>, or what the kind says (see <see cref="ScheduledActionKind"/>).
/// Deliveries outside the weekly cadence use <see cref="Deliveries.DeliveryScope"/>.
/// </summary>
public sealed record ActionRecord(TeamId Team, ForecastWeek Week, string Subject, ScheduledActionKind Kind)
{
    /// <summary>The subject of team-wide actions (the summary).</summary>
    public const string TeamSubject = "team";

    public const int MaxDetailLength = 1000;

    /// <summary>Longest subject (a conversation id for the welcome card; rep ids are at most 128 characters).</summary>
    public const int MaxSubjectLength = 512;

    /// <summary>
    /// The detail of a failed record whose instance stopped between putting the message on the wire and recording the
    /// result: it may or may not have arrived, so the schedule does not send it again; an admin can ("nudge now").
    /// </summary>
    public const string DeliveryUnknownDetail = "delivery unknown (instance stopped while sending)";

    /// <summary>
    /// The detail of a failed record whose request reached Teams' side but got no certain answer (a timeout, a 5xx, the
    /// connection lost): it may or may not have arrived, so it is not sent again either.
    /// </summary>
    public const string DeliveryUnknownAnsweredDetail = "delivery unknown (no certain answer from Teams after the request left)";

    /// <summary>What every "delivery unknown" detail starts with.</summary>
    public const string DeliveryUnknownPrefix = "delivery unknown";

    public string Subject { get; init => field = Guard.Text(value, MaxSubjectLength, nameof(Subject)); } =
        Guard.Text(Subject, MaxSubjectLength, nameof(Subject));

    public ScheduledActionKind Kind
    {
        get;
        init => field = Enum.IsDefined(value) && value != ScheduledActionKind.Unknown
            ? value
            : throw new ArgumentException($"'{value}' is not an action kind.", nameof(Kind));
    } = Enum.IsDefined(Kind) && Kind != ScheduledActionKind.Unknown
        ? Kind
        : throw new ArgumentException($"'{Kind}' is not an action kind.", nameof(Kind));

    public ActionState State { get; init; } = ActionState.Claimed;

    public DateTimeOffset UpdatedAt { get; init; }

    public string? Detail { get; init => field = Guard.OptionalText(value, MaxDetailLength, nameof(Detail)); }

    /// <summary>What the delivery keeps between attempts (the summary root's location, a late change's deltas), or null.</summary>
    public DeliveryPayload? Payload { get; init; }

    /// <summary>
    /// Failed while it was on the wire (its instance stopped, or Teams gave no certain answer): it may or may not have arrived.
    /// </summary>
    public bool IsDeliveryUnknown => State == ActionState.Failed && Detail is { } detail && detail.StartsWith(DeliveryUnknownPrefix, StringComparison.Ordinal);
}
