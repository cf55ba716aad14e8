using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Idempotency record of one scheduled action for (team, week, subject, kind). <see cref="Subject"/> is a rep
/// id or <see cref="TeamSubject"/>. <see cref="UpdatedAt"/> is a UTC instant from the injected clock.
/// </summary>
public sealed record ActionRecord(TeamId Team, ForecastWeek Week, string Subject, ScheduledActionKind Kind)
{
    /// <summary>The subject of team-wide actions (the summary).</summary>
    public const string TeamSubject = "team";

    public const int MaxDetailLength = 1000;

    /// <summary>
    /// The detail of a failed record whose instance stopped between putting the message on the wire and recording the
    /// result: it may or may not have arrived, so the schedule does not send it again; an admin can ("nudge now").
    /// </summary>
    public const string DeliveryUnknownDetail = "delivery unknown (instance stopped while sending)";

    public string Subject { get; init => field = Guard.Text(value, RepId.MaxLength, nameof(Subject)); } =
        Guard.Text(Subject, RepId.MaxLength, nameof(Subject));

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
}
