using System.Globalization;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// Stores a rep's weekly check-in. Until the deadline (team zone) a resubmission replaces the week's snapshot, which is
/// sealed at the deadline (<see cref="Submission.SealedAfter"/>): what stands then is the snapshot of record. After the
/// deadline (domain.md "Periods and snapshots"):
/// <list type="bullet">
/// <item>a rep without a record whose first submission arrives no later than the week's summary (its posting instant from
/// the summary's delivery record, or its scheduled time where none is posted; a week before the team's schedule starts
/// has no scheduled time) records it late, sealed at once;</item>
/// <item>anything else — an edit of the record, a second late submission, a first one after the summary — is a
/// <em>revision</em>: kept with its instant (<see cref="ISubmissionStore.AddRevisionAsync"/>), applied to the rep's
/// pipeline (next week's card starts from it), posted once as a late change in the summary thread (a pending
/// <see cref="ScheduledActionKind.LateChangePost"/> delivery), and never replacing the record (the stores refuse it).</item>
/// </list>
/// The pipeline is written first (unless the deals are those of the week's stored snapshot). Concurrent saves (double
/// click, two devices) before the deadline are serialized by the store's version check: the later one re-reads and wins.
/// The result carries the receipt's view, built from what was written.
/// </summary>
public sealed class RecordSubmission
{
    private const int MaxAttempts = 3;

    private readonly ISubmissionStore _submissions;
    private readonly IDealStore _deals;
    private readonly IActionLog _actions;
    private readonly IBackgroundWork _background;
    private readonly TimeProvider _clock;

    public RecordSubmission(ISubmissionStore submissions, IDealStore deals, IActionLog actions, IBackgroundWork background, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(clock);
        _submissions = submissions;
        _deals = deals;
        _actions = actions;
        _background = background;
        _clock = clock;
    }

    /// <summary>
    /// Records <paramref name="submission"/> (its SubmittedAt/Late are set here, from the clock and the deadline) for the
    /// rep of <paramref name="view"/>, whose stored submission is the version this save expects.
    /// </summary>
    public Task<RecordSubmissionResult> RecordAsync(CheckInView view, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var existing = view.Submission is { } stored && view.SubmissionVersion is { } version ? new Versioned<Submission>(stored, version) : null;
        return RecordAsync(view.Team, view.Rep, submission, existing, known: view.ReadForSave, cancellationToken);
    }

    /// <summary>Records <paramref name="submission"/>, reading the week's stored snapshot first.</summary>
    public Task<RecordSubmissionResult> RecordAsync(TeamSettings team, Submission submission, CancellationToken cancellationToken) =>
        RecordAsync(team, null, submission, null, known: false, cancellationToken);

    private async Task<RecordSubmissionResult> RecordAsync(
        TeamSettings team, Rep? rep, Submission submission, Versioned<Submission>? existing, bool known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(submission);
        var instants = ScheduleInstants.For(team, submission.Week);
        var now = _clock.GetUtcNow();
        var afterDeadline = instants.IsPastDeadline(now);

        for (var attempt = 1; ; attempt++)
        {
            if (!known || attempt > 1)
            {
                existing = await _submissions.GetAsync(submission.Team, submission.Week, submission.Rep, cancellationToken);
            }

            var previous = existing?.Value;
            if (afterDeadline && (IsRecord(previous) || now > await SummaryCutoffAsync(team, submission, instants, cancellationToken)))
            {
                return await ReviseAsync(team, rep, submission, previous, instants, now, cancellationToken);
            }

            var toStore = submission with
            {
                SubmittedAt = now,
                Late = afterDeadline && submission.Status == SubmissionStatus.Submitted,
                SealedAfter = afterDeadline ? now : instants.Deadline,
            };

            // The pipeline first: if storage fails between the two writes, the week's snapshot (what the summary counts
            // and the receipt confirms) is not there and the rep is rightly told to press again; the pipeline already
            // holds what they typed, which the retry writes once more. The same deals as the stored snapshot (confirmed
            // as is, pressed twice, redelivered) were written to the pipeline before that snapshot: not again.
            if (previous is null || !previous.Deals.SequenceEqual(submission.Deals))
            {
                await _deals.ReplaceAsync(submission.Team, submission.Rep, submission.Deals, cancellationToken);
            }

            string version;
            try
            {
                version = await _submissions.SaveAsync(toStore, existing?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                continue;
            }
            catch (SnapshotOfRecordException) when (attempt < MaxAttempts)
            {
                // Sealed in between (another device recorded it late a moment ago): this save becomes a revision.
                continue;
            }

            ForecastingTelemetry.RecordSubmission(toStore.Late);
            return new RecordSubmissionResult(toStore, instants.Deadline, afterDeadline, null)
            {
                Receipt = Receipt(team, rep, toStore, now) with
                {
                    SubmissionVersion = version,
                    ReadForSave = true,
                },
            };
        }
    }

    /// <summary>A stored snapshot the rep made (submitted or skipped): after the deadline it is the week's record.</summary>
    private static bool IsRecord(Submission? stored) =>
        stored is not null && stored.Status != SubmissionStatus.CarriedForward;

    /// <summary>
    /// The latest instant a first submission still becomes the record: the summary's posting, else its scheduled time. A
    /// week before the team's schedule starts (the week it was installed in) has no scheduled summary: until an admin posts
    /// one, a first submission is the week's late record.
    /// </summary>
    private async Task<DateTimeOffset> SummaryCutoffAsync(
        TeamSettings team, Submission submission, ScheduleInstants instants, CancellationToken cancellationToken)
    {
        var root = await _actions.GetAsync(team.Id, submission.Week, ActionRecord.TeamSubject, ScheduledActionKind.SummaryRoot, cancellationToken);
        if (root is { Value: { State: ActionState.Completed, Payload: Summary.SummaryPost post } })
        {
            return post.PostedAt;
        }

        return team.ScheduleStartsOn is { } start && submission.Week.Monday < start ? DateTimeOffset.MaxValue : instants.Summary;
    }

    private async Task<RecordSubmissionResult> ReviseAsync(
        TeamSettings team, Rep? rep, Submission submission, Submission? stored, ScheduleInstants instants, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var revision = submission with
        {
            SubmittedAt = now,
            Late = submission.Status == SubmissionStatus.Submitted,
            SealedAfter = null,
        };

        // What the rep last said for the week: their latest revision, else the record, else the carried snapshot.
        var revisions = await _submissions.ListRevisionsAsync(submission.Team, submission.Week, cancellationToken);
        var before = revisions.LastOrDefault(r => r.Rep == submission.Rep && r.SubmittedAt < now)
            ?? (IsRecord(stored) ? stored : null)
            ?? SnapshotResolver.Resolve(
                stored,
                SnapshotResolver.NeedsEarlier(stored)
                    ? await _submissions.GetLatestBeforeAsync(submission.Team, submission.Rep, submission.Week, SnapshotResolver.MaxCarryWeeks, cancellationToken)
                    : null,
                submission.Week,
                team.FiscalYearStartMonth)
            ?? submission with { Deals = [] };

        var record = stored ?? before;
        if (before.Status == submission.Status && before.Deals.SequenceEqual(submission.Deals))
        {
            // Confirmed as is, or the same save redelivered: nothing changed, nothing to keep or post.
            return new RecordSubmissionResult(record, instants.Deadline, AfterDeadline: true, null)
            {
                Revision = revision,
                Receipt = Receipt(team, rep, revision, now) with { ReadForSave = false },
            };
        }

        await _deals.ReplaceAsync(submission.Team, submission.Rep, submission.Deals, cancellationToken);
        try
        {
            await _submissions.AddRevisionAsync(revision, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The same instant was kept already (a redelivered save): nothing to add.
        }

        ForecastingTelemetry.RecordSubmission(late: true);
        var lateChange = LateChange.Between(before, revision, now);
        await RecordLateChangeAsync(submission, lateChange, cancellationToken);
        _background.PostLateChanges(submission.Team, submission.Week);
        return new RecordSubmissionResult(record, instants.Deadline, AfterDeadline: true, lateChange)
        {
            Revision = revision,
            Receipt = Receipt(team, rep, revision, now) with { ReadForSave = false },
        };
    }

    private static CheckInView Receipt(TeamSettings team, Rep? rep, Submission shown, DateTimeOffset now) =>
        PrepareCheckIn.Build(team, rep ?? new Rep(team.Id, shown.Rep, shown.RepName), shown.Week, shown, [], now);

    private async Task RecordLateChangeAsync(Submission submission, LateChange change, CancellationToken cancellationToken)
    {
        // One record per late change: the subject carries the instant so several late edits each get posted once.
        var subject = string.Create(CultureInfo.InvariantCulture, $"{submission.Rep.Value}@{change.At.UtcTicks}");
        var record = new ActionRecord(submission.Team, submission.Week, subject, ScheduledActionKind.LateChangePost)
        {
            State = ActionState.Pending,
            UpdatedAt = change.At,
            Payload = change,
        };
        try
        {
            await _actions.SaveAsync(record, null, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The same instant was recorded already (a redelivered save): nothing to add.
        }
    }
}
