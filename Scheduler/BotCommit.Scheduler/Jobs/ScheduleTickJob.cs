using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace BotCommit.Scheduler.Jobs;

/// <summary>
/// The recurring job <see cref="RecurringJobId"/>: a shim that runs <see cref="RunScheduleTick"/> with Hangfire's
/// cancellation token and logs what it did. Not retried by Hangfire: the next tick, a minute later, redoes whatever
/// is still due (every action is idempotent), so a retry of an old tick would only add noise.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
internal sealed class ScheduleTickJob
{
    public const string RecurringJobId = "botcommit-schedule-tick";

    /// <summary>Every minute; the domain decides what is due in each team's and rep's zone.</summary>
    public const string Cron = "* * * * *";

    private readonly RunScheduleTick _tick;
    private readonly TickGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<ScheduleTickJob> _logger;

    private readonly IReadOnlyList<RunRegionTick> _regions;

    private readonly IReadOnlyList<RunMonthlyScheduleTick> _monthly;

    /// <param name="tick">The teams' tick.</param>
    /// <param name="gate">One tick at a time per process.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The log.</param>
    /// <param name="regions">The regions' tick (issue #17), when the host registered it: call cards and region summaries.</param>
    /// <param name="monthly">The monthly forecast's tick (issue #18), when the host registered it; run right after the
    /// weekly tick, so the weekly cards never wait for monthly work.</param>
    public ScheduleTickJob(
        RunScheduleTick tick, TickGate gate, TimeProvider time, ILogger<ScheduleTickJob> logger, IEnumerable<RunRegionTick>? regions = null,
        IEnumerable<RunMonthlyScheduleTick>? monthly = null)
    {
        _regions = [.. regions ?? []];
        _monthly = [.. monthly ?? []];
        ArgumentNullException.ThrowIfNull(tick);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _tick = tick;
        _gate = gate;
        _time = time;
        _logger = logger;
    }

    /// <param name="cancellationToken">Supplied by Hangfire (server shutdown); pass <c>CancellationToken.None</c> when registering.</param>
    [JobDisplayName("Schedule tick")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!_gate.TryEnter())
        {
            Log.TickSkipped(_logger);
            return;
        }

        try
        {
            await RunTickAsync(cancellationToken);
        }
        finally
        {
            _gate.Exit();
        }
    }

    private async Task RunTickAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var result = await _tick.RunAsync(cancellationToken);
        foreach (var monthly in _monthly)
        {
            try
            {
                var monthlyResult = await monthly.RunAsync(cancellationToken);
                foreach (var error in monthlyResult.TeamErrors)
                {
                    Log.TeamFailed(_logger, error.Team.Value, error.Exception);
                }

                foreach (var error in monthlyResult.ActionErrors)
                {
                    Log.ActionFailed(_logger, error.Team.Value, error.Week, error.Kind, error.Subject, error.Exception);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.TeamFailed(_logger, "monthly", exception);
            }
        }

        foreach (var regions in _regions)
        {
            try
            {
                foreach (var run in await regions.RunAsync(cancellationToken))
                {
                    if (run.Error is { } error)
                    {
                        Log.ActionFailed(_logger, error.Team.Value, error.Week, error.Kind, error.Subject, error.Exception);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.TeamFailed(_logger, "regions", exception);
            }
        }

        foreach (var error in result.TeamErrors)
        {
            Log.TeamFailed(_logger, error.Team.Value, error.Exception);
        }

        foreach (var error in result.ActionErrors)
        {
            Log.ActionFailed(_logger, error.Team.Value, error.Week, error.Kind, error.Subject, error.Exception);
        }

        var counts = result.Actions;
        var errors = counts.Errors + result.TeamErrors.Count;
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        Log.TickCompleted(
            _logger,
            result.Teams,
            result.TeamsIdle,
            counts.Due,
            counts.Sent,
            counts.AlreadyHandled,
            counts.Failed,
            counts.Deferred,
            errors,
            elapsedMs);
    }
}
