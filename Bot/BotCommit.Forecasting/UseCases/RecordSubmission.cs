using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.UseCases;

/// <summary>
/// Stores a rep's weekly check-in: the rep's current pipeline for next week's card, then the snapshot for the week
/// (all-or-nothing, replacing an earlier one; it is what counts as submitted). Until the deadline (team zone) a
/// resubmission simply replaces the snapshot. After it, the change is still accepted but recorded as a late change (an <see cref="ScheduledActionKind.LateChangePost"/>
/// record with the commit/upside deltas, for the summary thread); the snapshot keeps the time and the on-time status of the
/// first submission, so a rep who submitted on time stays compliant. A first submission after the deadline is late.
/// Concurrent saves (double click, two devices) are serialized by the store's version check: the later one re-reads and
/// wins, and exactly one snapshot exists.
/// </summary>
public sealed class RecordSubmission
{
    private const int MaxAttempts = 3;

    private readonly ISubmissionStore _submissions;
    private readonly IDealStore _deals;
    private readonly IActionLog _actions;
    private readonly TimeProvider _clock;

    public RecordSubmission(ISubmissionStore submissions, IDealStore deals, IActionLog actions, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(clock);
        _submissions = submissions;
        _deals = deals;
        _actions = actions;
        _clock = clock;
    }

    /// <summary>Records <paramref name="submission"/> (its SubmittedAt/Late are set here, from the clock and the deadline).</summary>
    public async Task<RecordSubmissionResult> RecordAsync(TeamSettings team, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(submission);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var deadline = team.Schedule.Deadline.InstantIn(submission.Week, zone);
        var now = _clock.GetUtcNow();
        var afterDeadline = now > deadline;

        for (var attempt = 1; ; attempt++)
        {
            var existing = await _submissions.GetAsync(submission.Team, submission.Week, submission.Rep, cancellationToken);
            var previous = existing?.Value;
            var isLateChange = afterDeadline && previous is not null;
            var toStore = submission with
            {
                SubmittedAt = isLateChange ? previous!.SubmittedAt ?? now : now,
                Late = isLateChange ? previous!.Late : afterDeadline,
            };

            // The pipeline first: if storage fails between the two writes, the week's snapshot (what the summary counts
            // and the receipt confirms) is not there and the rep is rightly told to press again; the pipeline already
            // holds what they typed, which the retry writes once more.
            await _deals.ReplaceAsync(submission.Team, submission.Rep, submission.Deals, cancellationToken);
            try
            {
                await _submissions.SaveAsync(toStore, existing?.Version, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                continue;
            }

            LateChange? lateChange = null;
            if (isLateChange)
            {
                lateChange = LateChange.Between(previous!, toStore, now);
                await RecordLateChangeAsync(submission, lateChange, cancellationToken);
            }

            return new RecordSubmissionResult(toStore, deadline, afterDeadline, lateChange);
        }
    }

    private async Task RecordLateChangeAsync(Submission submission, LateChange change, CancellationToken cancellationToken)
    {
        // One record per late change: the subject carries the instant so several late edits each get posted once.
        var subject = string.Create(CultureInfo.InvariantCulture, $"{submission.Rep.Value}@{change.At.UtcTicks}");
        // Claimed = waiting to be posted to the summary thread; the poster marks it Completed.
        var record = new ActionRecord(submission.Team, submission.Week, subject, ScheduledActionKind.LateChangePost)
        {
            State = ActionState.Claimed,
            UpdatedAt = change.At,
            Detail = change.ToDetail(),
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
