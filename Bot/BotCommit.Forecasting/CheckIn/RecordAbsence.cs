using System.Globalization;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.CheckIn;

/// <summary>
/// "I'm away until …" and "skip this week: …", from the card or by message: the week is stored as Skipped (with the deals
/// the card shows, so the numbers still count them) and, for away, the roster remembers the date so the schedule leaves
/// the rep alone and the summary lists them as away — for the weeks whose deadline had not passed when it was recorded
/// (<see cref="Rep.AwayRecordedAt"/>). The date must lie in the week's <see cref="AwayWindow"/>.
/// </summary>
public sealed class RecordAbsence
{
    private const int MaxAttempts = 3;

    private readonly IRosterStore _roster;
    private readonly RecordSubmission _record;
    private readonly TimeProvider _clock;

    /// <param name="roster">Where the away date is kept.</param>
    /// <param name="record">Records the week's skip.</param>
    /// <param name="clock">When the away period is recorded (<see cref="Rep.AwayRecordedAt"/>); the system clock by default.</param>
    public RecordAbsence(IRosterStore roster, RecordSubmission record, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(record);
        _roster = roster;
        _record = record;
        _clock = clock ?? TimeProvider.System;
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is outside the week's away window.</exception>
    public async Task<RecordSubmissionResult> AwayAsync(CheckInView view, DateOnly until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!AwayWindow.For(view.Week).Contains(until))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "Outside the week's away window.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await _roster.GetAsync(view.Team.Id, view.Rep.Id, cancellationToken)
                ?? throw new InvalidOperationException("The rep left the roster meanwhile.");
            try
            {
                await _roster.SaveAsync(current.Value with { AwayUntil = until, AwayRecordedAt = _clock.GetUtcNow() }, current.Version, cancellationToken);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone (an admin) changed the rep meanwhile: re-read and set the date again.
            }
        }

        return await SkipAsync(view, string.Create(CultureInfo.InvariantCulture, $"away until {until:yyyy-MM-dd}"), cancellationToken);
    }

    public Task<RecordSubmissionResult> SkipAsync(CheckInView view, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var submission = new Submission(view.Team.Id, view.Week, view.Rep.Id, view.Deals)
        {
            Status = SubmissionStatus.Skipped,
            SkipReason = reason,
            RepName = view.Rep.DisplayName,
        };
        return _record.RecordAsync(view, submission, cancellationToken);
    }
}
