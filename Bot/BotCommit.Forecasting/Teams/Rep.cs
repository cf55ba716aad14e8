namespace BotCommit.Forecasting.Teams;

/// <summary>
/// A member of a team's roster. Targets are keyed by <c>yyyy-MM</c> (month) and by the quarter's first
/// month <c>yyyy-MM</c> (fiscal quarter). A rep without a target has no target-based ratios.
/// <see cref="TimeZoneId"/> (IANA) drives the rep-local nudge and reminder; null means the team's zone. It comes from the
/// rep's Teams client (<see cref="SeenWith"/>) unless an admin set it (<see cref="TimeZoneSetByAdmin"/>).
/// <see cref="Locale"/> is the language of the rep's Teams client, for what BotCommit sends them on its own.
/// A rep is away for a review week whose Monday is on or before <see cref="AwayUntil"/>.
/// </summary>
public sealed record Rep(TeamId Team, RepId Id, string DisplayName)
{
    public const int MaxDisplayNameLength = 256;

    public const int MaxAwayReasonLength = 500;

    /// <summary>The name shown to people; may be empty when Teams did not tell us.</summary>
    public string DisplayName { get; init => field = CheckName(value, nameof(DisplayName)); } =
        CheckName(DisplayName, nameof(DisplayName));

    public const int MaxLocaleLength = 85;

    public string? TimeZoneId { get; init; }

    /// <summary>True when an admin set <see cref="TimeZoneId"/>: the client's zone no longer replaces it until cleared.</summary>
    public bool TimeZoneSetByAdmin { get; init; }

    /// <summary>The BCP-47 locale of the rep's Teams client (<c>zh-CN</c>), or null when none was seen.</summary>
    public string? Locale { get; init => field = Guard.OptionalText(value, MaxLocaleLength, nameof(Locale)); }

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

    /// <summary>
    /// The leaving week (domain.md "When a rep leaves"): the first review week whose deadline had not passed when an admin
    /// removed the rep (<see cref="LeavingWeekAt"/>). From it on the rep is not expected, not nudged and not carried; their
    /// bookings stay, under "left". Weeks before it are unchanged: the rep counts there as they did. Null: never left
    /// (or removed before the leaving week was kept: left out entirely, as before).
    /// </summary>
    public Periods.ForecastWeek? LeftWeek { get; init; }

    /// <summary>Whether the rep had left by <paramref name="week"/> (it is their leaving week or later).</summary>
    public bool HasLeftBy(Periods.ForecastWeek week) => LeftWeek is { } left && left <= week;

    /// <summary>
    /// The leaving week of a removal at <paramref name="removedAt"/>: the current review week <paramref name="current"/>
    /// when its <paramref name="deadline"/> has not passed (the rep is no longer expected in it), otherwise the next one
    /// (the week's record already stands, with the rep in it).
    /// </summary>
    public static Periods.ForecastWeek LeavingWeekAt(Periods.ForecastWeek current, DateTimeOffset deadline, DateTimeOffset removedAt) =>
        removedAt <= deadline ? current : current.Next;

    /// <summary>
    /// The roster entry's audit outbox: the entries of the last change saved through <see cref="Admin.SettingsEditor"/>,
    /// written in the same row write as the change (like <see cref="TeamSettings.PendingAudit"/>), then appended to the
    /// audit log idempotently. Not a property of the rep: the editor keeps it.
    /// </summary>
    public IReadOnlyList<Ports.AuditEntry> PendingAudit { get; init => field = Guard.NotNull(value, nameof(PendingAudit)); } = [];

    /// <summary>
    /// The rep after their Teams client said <paramref name="client"/>, or null when nothing changes (so nothing is
    /// written): a known zone replaces the stored one unless an admin set it; a well-formed locale replaces the stored
    /// one. Unknown zones and malformed locales are ignored, never stored.
    /// </summary>
    public Rep? SeenWith(RepClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var zone = TimeZoneId;
        if (!TimeZoneSetByAdmin && client.TimeZoneId is { } sent && Periods.TimeZones.TryResolveName(sent, out var iana))
        {
            zone = iana;
        }

        var locale = client.Locale is { } tag && IsLocaleTag(tag) ? tag.Trim() : Locale;
        return string.Equals(zone, TimeZoneId, StringComparison.Ordinal) && string.Equals(locale, Locale, StringComparison.Ordinal)
            ? null
            : this with { TimeZoneId = zone, Locale = locale };
    }

    /// <summary>A BCP-47-looking tag: letters, digits, '-' or '_', 2..85 characters, starting with a letter.</summary>
    public static bool IsLocaleTag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tag = text.Trim();
        return tag.Length is >= 2 and <= MaxLocaleLength
            && char.IsAsciiLetter(tag[0])
            && tag.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

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
