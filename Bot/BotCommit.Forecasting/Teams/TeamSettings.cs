using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Teams;

/// <summary>
/// A team's configuration. <see cref="TimeZoneId"/> is an IANA id (deadline, summary and call are read on it);
/// <see cref="Currency"/> is ISO 4217 and every amount of the team is in it; <see cref="Culture"/> formats
/// amounts and dates for people only (never for storage). Targets are keyed like <see cref="Rep.MonthTargets"/>.
/// Amounts above <see cref="AmountCeiling"/> are treated as typos ("absurd") by input validation.
/// </summary>
public sealed record TeamSettings(TeamId Id)
{
    public const int MaxNameLength = 256;

    public const int MaxTenantIdLength = 64;

    public string Name { get; init => field = Guard.OptionalText(Guard.NotNull(value, nameof(Name)), MaxNameLength, nameof(Name))!; } = string.Empty;

    public string TimeZoneId { get; init => field = Guard.Text(value, 128, nameof(TimeZoneId)); } = "UTC";

    public int FiscalYearStartMonth
    {
        get;
        init => field = value is >= 1 and <= 12
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FiscalYearStartMonth), value, "Must be 1..12.");
    } = 1;

    public string Currency
    {
        get;
        init => field = value is { Length: 3 } && value.All(char.IsAsciiLetterUpper)
            ? value
            : throw new ArgumentException("Must be an ISO 4217 code of three upper-case letters.", nameof(Currency));
    } = "USD";

    /// <summary>
    /// The team's language and culture (BCP-47, an admin's <c>set language</c>, at install the installer's locale): the
    /// language of what goes to the channel and of personal messages to people whose own locale is not known, and the
    /// culture of amounts, dates and name order.
    /// </summary>
    public string Culture { get; init => field = Guard.Text(value, 85, nameof(Culture)); } = "en-US";

    /// <summary>Grouped thousands or, for Chinese readers, 万/亿 (an admin's <c>set amounts</c>).</summary>
    public AmountStyle AmountStyle
    {
        get;
        init => field = Enum.IsDefined(value) && value != AmountStyle.Unknown ? value : throw new ArgumentOutOfRangeException(nameof(AmountStyle), value, "Unknown amount style.");
    } = AmountStyle.Grouped;

    public WeeklySchedule Schedule { get; init => field = Guard.NotNull(value, nameof(Schedule)); } = WeeklySchedule.Default;

    public IReadOnlyDictionary<string, decimal> MonthTargets { get; init => field = Guard.NotNull(value, nameof(MonthTargets)); } =
        new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> QuarterTargets { get; init => field = Guard.NotNull(value, nameof(QuarterTargets)); } =
        new Dictionary<string, decimal>();

    /// <summary>
    /// Holiday weeks with their reason: no nudge, no summary — when recorded in time
    /// (<see cref="Scheduling.TeamHoliday.Counts"/>).
    /// </summary>
    public IReadOnlyDictionary<ForecastWeek, string> SkippedWeeks { get; init => field = Guard.NotNull(value, nameof(SkippedWeeks)); } =
        new Dictionary<ForecastWeek, string>();

    /// <summary>
    /// When each holiday of <see cref="SkippedWeeks"/> was recorded; a holiday without an entry was recorded before the
    /// bot kept the instant and counts.
    /// </summary>
    public IReadOnlyDictionary<ForecastWeek, DateTimeOffset> HolidaysRecordedAt { get; init => field = Guard.NotNull(value, nameof(HolidaysRecordedAt)); } =
        new Dictionary<ForecastWeek, DateTimeOffset>();

    /// <summary>
    /// The Entra tenant the team belongs to (from the install activity); null for teams created before it was recorded.
    /// Bootstrap admins are admins of their own tenant's teams only.
    /// </summary>
    public string? TenantId { get; init => field = Guard.OptionalText(value, MaxTenantIdLength, nameof(TenantId)); }

    /// <summary>Entra object ids of the sales-ops admins.</summary>
    public IReadOnlyList<RepId> Admins { get; init => field = Guard.NotNull(value, nameof(Admins)); } = [];

    public bool Paused { get; init; }

    /// <summary>
    /// When the team removed BotCommit (null while it is installed). A closed team runs no schedule and takes no
    /// commands; its data stays for bootstrap admins to export or delete. Adding BotCommit again reopens it.
    /// </summary>
    public DateTimeOffset? BotRemovedAt { get; init; }

    /// <summary>The team removed BotCommit (see <see cref="BotRemovedAt"/>).</summary>
    public bool IsClosed => BotRemovedAt is not null;

    /// <summary>The managers' channel the summary is posted in (an admin's <c>set channel</c>), or null when none was chosen.</summary>
    public SummaryChannel? SummaryChannel { get; init; }

    /// <summary>
    /// The team chose "share everything with the team" (an admin's <c>share summary</c>, audited): the summary channel
    /// gets every rep's figures and deals even when reps can read it. Off by default (<see cref="Summary.SummaryAudience"/>).
    /// </summary>
    public bool ShareSummaryWithTeam { get; init; }

    /// <summary>
    /// N of the TOP lists (an admin's <c>set top 15</c>, audited as <see cref="Admin.SettingKeys.TopListSize"/>): from
    /// <see cref="Pipeline.TopListSize.Min"/> to <see cref="Pipeline.TopListSize.Max"/>; null = the default (10).
    /// </summary>
    public int? TopListSize
    {
        get;
        init => field = value is null || Pipeline.TopListSize.IsValid(value.Value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TopListSize), value, "A TOP list holds 1 to 25 deals.");
    }

    /// <summary>
    /// The audit outbox: the entries of the last change saved through <see cref="Admin.SettingsEditor"/>, written in the
    /// same row write as the change itself, then appended to the audit log (idempotently, by
    /// <see cref="Ports.AuditEntry.ChangeId"/>). A change is therefore never saved without its audit entries, and an entry
    /// never reaches the log for a change that was not saved. Not a setting: the editor keeps it.
    /// </summary>
    public IReadOnlyList<Ports.AuditEntry> PendingAudit { get; init => field = Guard.NotNull(value, nameof(PendingAudit)); } = [];

    /// <summary>
    /// The first review week (by its Monday) the schedule acts on. A team set up mid-week starts with the next week
    /// instead of being caught up on a week it never ran (escalations for everyone, a late summary on day one).
    /// Null = no limit. Manual "nudge now" / "summary now" are not limited by it.
    /// </summary>
    public DateOnly? ScheduleStartsOn { get; init; }

    public decimal AmountCeiling
    {
        get;
        init => field = value > 0m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(AmountCeiling), value, "Must be positive.");
    } = 1_000_000_000m;

    /// <summary>
    /// The admins turned the monthly forecast off for the team (an admin's <c>monthly off</c>, audited): no monthly card,
    /// reminder, escalation or review is scheduled. Off = false by default, so the monthly forecast is on (issue #18).
    /// </summary>
    public bool MonthlyForecastOff { get; init; }
}
