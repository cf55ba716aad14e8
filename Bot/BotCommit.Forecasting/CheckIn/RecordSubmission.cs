using System.Globalization;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Telemetry;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// Stores a rep's weekly check-in: the rep's current pipeline for next week's card (unless the deals are those of the
/// week's stored snapshot, which were written to it then), then the snapshot for the week (all-or-nothing, replacing an
/// earlier one; it is what counts as submitted). Until the deadline (team zone) a
/// resubmission simply replaces the snapshot. After it, the change is still accepted but recorded as a late change (a
/// pending <see cref="ScheduledActionKind.LateChangePost"/> delivery with the commit/upside deltas, queued for the summary
/// thread); the snapshot keeps the time and the on-time status of the first submission, so a rep who submitted on time
/// stays compliant. A first submission after the deadline is late. Concurrent saves (double click, two devices) are
/// serialized by the store's version check: the later one re-reads and wins, and exactly one snapshot exists. The result
/// carries the receipt's view, built from what was written.
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
            var isLateChange = afterDeadline && previous is not null;
            var toStore = submission with
            {
                SubmittedAt = isLateChange ? previous!.SubmittedAt ?? now : now,
                Late = isLateChange ? previous!.Late : afterDeadline,
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

            ForecastingTelemetry.RecordSubmission(toStore.Late);
            LateChange? lateChange = null;
            if (isLateChange)
            {
                lateChange = LateChange.Between(previous!, toStore, now);
                await RecordLateChangeAsync(submission, lateChange, cancellationToken);
                _background.PostLateChanges(submission.Team, submission.Week);
            }

            return new RecordSubmissionResult(toStore, instants.Deadline, afterDeadline, lateChange)
            {
                Receipt = PrepareCheckIn.Build(team, rep ?? new Rep(team.Id, toStore.Rep, toStore.RepName), toStore.Week, toStore, [], now) with
                {
                    SubmissionVersion = version,
                    ReadForSave = true,
                },
            };
        }
    }

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
