namespace BotCommit.Forecasting.Teams;

/// <summary>
/// A member of a team's roster. Targets are keyed by <c>yyyy-MM</c> (month) and by the quarter's first
/// month <c>yyyy-MM</c> (fiscal quarter). A rep without a target has no target-based ratios.
/// <see cref="TimeZoneId"/> (IANA) drives the rep-local nudge and reminder; null means the team's zone.
/// A rep is away for a review week whose Monday is on or before <see cref="AwayUntil"/>.
/// </summary>
public sealed record Rep(TeamId Team, RepId Id, string DisplayName)
{
    public const int MaxDisplayNameLength = 256;

    public const int MaxAwayReasonLength = 500;

    /// <summary>The name shown to people; may be empty when Teams did not tell us.</summary>
    public string DisplayName { get; init => field = CheckName(value, nameof(DisplayName)); } =
        CheckName(DisplayName, nameof(DisplayName));

    public string? TimeZoneId { get; init; }

    public RepId? ManagerId { get; init; }

    public bool Active { get; init; } = true;

    public DateOnly? AwayUntil { get; init; }

    /// <summary>
    /// When the away period was recorded (UTC). Absence counts only when known in time: a week whose deadline passed
    /// before this instant is not an away week (see <see cref="IsAwayFor"/>). Null for rows written before it was kept.
    /// </summary>
    public DateTimeOffset? AwayRecordedAt { get; init; }

    public string? AwayReason { get; init => field = Guard.OptionalText(value, MaxAwayReasonLength, nameof(AwayReason)); }

    public IReadOnlyDictionary<string, decimal> MonthTargets { get; init => field = Guard.NotNull(value, nameof(MonthTargets)); } =
        new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> QuarterTargets { get; init => field = Guard.NotNull(value, nameof(QuarterTargets)); } =
        new Dictionary<string, decimal>();

    public bool IsManager { get; init; }

    /// <summary>True when the rep is marked away for the review week starting on <paramref name="monday"/>.</summary>
    public bool IsAwayOn(DateOnly monday) => AwayUntil is { } until && until >= monday;

    /// <summary>
    /// Away for the review week starting on <paramref name="monday"/> as its figures count it: marked away
    /// (<see cref="IsAwayOn"/>) and the period was recorded at or before the week's <paramref name="deadline"/>.
    /// </summary>
    public bool IsAwayFor(DateOnly monday, DateTimeOffset deadline) =>
        IsAwayOn(monday) && (AwayRecordedAt is not { } recorded || recorded <= deadline);

    private static string CheckName(string value, string paramName) =>
        Guard.OptionalText(Guard.NotNull(value, paramName), MaxDisplayNameLength, paramName)!;
}
