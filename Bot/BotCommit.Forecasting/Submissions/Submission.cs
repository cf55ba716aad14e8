using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Submissions;

/// <summary>
/// A rep's snapshot for a review week: every open deal plus every deal Won or Lost in the current fiscal
/// quarter. At most <see cref="MaxDeals"/> deals with distinct ids, so the header plus lines fit one
/// 100-action table batch. <see cref="SubmittedAt"/> is the UTC instant of the (last) submission, null when
/// carried forward.
/// </summary>
public sealed record Submission(TeamId Team, ForecastWeek Week, RepId Rep, IReadOnlyList<DealForecast> Deals)
{
    public const int MaxDeals = 99;

    public const int MaxSkipReasonLength = 500;

    public IReadOnlyList<DealForecast> Deals { get; init => field = CheckDeals(value, nameof(Deals)); } = CheckDeals(Deals, nameof(Deals));

    public SubmissionStatus Status
    {
        get;
        init => field = Enum.IsDefined(value) && value != SubmissionStatus.Unknown
            ? value
            : throw new ArgumentException($"'{value}' is not a submission status.", nameof(Status));
    } = SubmissionStatus.Submitted;

    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Submitted (or last edited) after the week's deadline.</summary>
    public bool Late { get; init; }

    /// <summary>
    /// The instant after which this stored snapshot is the snapshot of record and can no longer be replaced: the week's
    /// deadline for a snapshot recorded on time, the recording instant itself for one recorded after it (a late record).
    /// Null: not sealed (a carried snapshot, or a row written before snapshots were sealed). Stores refuse a save that
    /// would replace a sealed snapshot with one recorded after this instant (<see cref="Ports.SnapshotOfRecordException"/>).
    /// </summary>
    public DateTimeOffset? SealedAfter { get; init; }

    /// <summary>
    /// Whether <paramref name="replacement"/> may replace this stored snapshot: it is not sealed, or the replacement was
    /// recorded at or before the seal (an edit before the deadline). The one rule the stores enforce.
    /// </summary>
    public bool MayBeReplacedBy(Submission replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return SealedAfter is not { } seal || (replacement.SubmittedAt is { } at && at <= seal);
    }

    /// <summary>A skip counts as "away" only when it was recorded at or before the week's deadline (domain.md).</summary>
    public bool IsTimelySkip(DateTimeOffset deadline) =>
        Status == SubmissionStatus.Skipped && (SubmittedAt is not { } at || at <= deadline);

    /// <summary>A skip recorded after the deadline: kept and shown ("skipped late"), but the rep counts as missing.</summary>
    public bool IsLateSkip(DateTimeOffset deadline) =>
        Status == SubmissionStatus.Skipped && SubmittedAt is { } at && at > deadline;

    public string? SkipReason { get; init => field = Guard.OptionalText(value, MaxSkipReasonLength, nameof(SkipReason)); }

    public string RepName { get; init => field = Guard.NotNull(value, nameof(RepName)); } = string.Empty;

    /// <summary>
    /// The one "late" rule: a submitted snapshot is late when its <see cref="Late"/> flag is set, or when it has no
    /// submission time or one after <paramref name="deadline"/> (the week's, from <c>ScheduleInstants</c>). Carried and
    /// skipped snapshots are never late (they are not submissions).
    /// </summary>
    public bool IsLateFor(DateTimeOffset deadline) =>
        Status == SubmissionStatus.Submitted && (Late || SubmittedAt is not { } at || at > deadline);

    private static IReadOnlyList<DealForecast> CheckDeals(IReadOnlyList<DealForecast> deals, string paramName)
    {
        ArgumentNullException.ThrowIfNull(deals, paramName);
        if (deals.Count > MaxDeals)
        {
            throw new ArgumentException($"A submission holds at most {MaxDeals} deals.", paramName);
        }

        var seen = new HashSet<DealId>();
        foreach (var deal in deals)
        {
            if (deal is null)
            {
                throw new ArgumentException("A submission cannot hold a null deal.", paramName);
            }

            if (!seen.Add(deal.Id))
            {
                throw new ArgumentException($"Deal '{deal.Id}' appears twice.", paramName);
            }
        }

        return deals;
    }
}
