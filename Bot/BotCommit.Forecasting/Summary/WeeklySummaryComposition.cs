using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Everything the week's summary shows, from one read pass (<see cref="ComposeWeeklySummary"/>): the figures, each rep's
/// resolved deals of W and W-1 (which name the deals behind movements, soft and hidden commits), and each rep's
/// accuracy history for their thread reply. <see cref="Late"/>: posted after the call time.
/// </summary>
public sealed record WeeklySummaryComposition(TeamSettings Team, WeeklySummary Summary, bool Late)
{
    private static readonly IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> NoDeals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();

    /// <summary>Each rep's deals in the W snapshot as resolved (submitted, carried or skipped).</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Deals { get; init; } = NoDeals;

    /// <summary>Each rep's deals in the W-1 snapshot as resolved.</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> PreviousDeals { get; init; } = NoDeals;

    public IReadOnlyDictionary<RepId, AccuracyHistory> Accuracy { get; init; } = new Dictionary<RepId, AccuracyHistory>();

    /// <summary>The roster as the summary read it (every member, leavers and inactive ones too): the settings of record with <see cref="Team"/>.</summary>
    public IReadOnlyList<Rep> Roster { get; init; } = [];

    /// <summary>Each rep's resolved W snapshot (the snapshot of record, or carried), for reps who have one: what the export writes.</summary>
    public IReadOnlyDictionary<RepId, Submissions.Submission> Snapshots { get; init; } = new Dictionary<RepId, Submissions.Submission>();

    /// <summary>
    /// Each rep's revisions of W-1 and W (changes recorded after the week's snapshot of record, with their instant; oldest
    /// first): shown in the rep's reply beside the record they did not change.
    /// </summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<Submissions.Submission>> Revisions { get; init; } =
        new Dictionary<RepId, IReadOnlyList<Submissions.Submission>>();

    /// <summary>
    /// Each rep's snapshots of record of W-13..W (a silent week as the carried snapshot its summary counted; oldest first),
    /// read in the same pass: the TOP lists and stalled deals of the thread's reply (<see cref="SummaryPipelineLists"/>).
    /// </summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<Submissions.Submission>> History { get; init; } =
        new Dictionary<RepId, IReadOnlyList<Submissions.Submission>>();

    /// <summary>Each rep's resolved W-1 snapshot, for reps who have one.</summary>
    public IReadOnlyDictionary<RepId, Submissions.Submission> PreviousSnapshots { get; init; } = new Dictionary<RepId, Submissions.Submission>();
    /// <summary>The channel gets the team figures only: no deal names, no per-rep lines (<see cref="SummaryAudience"/>).</summary>
    public bool TeamFiguresOnly { get; init; }

    /// <summary>Who gets the details privately when <see cref="TeamFiguresOnly"/> (<see cref="SummaryAudience.PrivateReaders"/>).</summary>
    public IReadOnlyList<RepId> PrivateReaders { get; init; } = [];
}
