using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Testing.Scheduling;

/// <summary>
/// In-memory stores, a fake clock and a recording notifier, plus a minute-by-minute walk that runs the tick the way
/// the Hangfire job does. Every tick instance made by <see cref="NewTick"/> shares the same stores (a restart or a
/// second instance sees the same action log).
/// </summary>
public sealed class ScheduleWorld
{
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public ScheduleWorld(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
        Notifier = new RecordingNotifier(Time);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryTeamSettingsStore Settings { get; } = new();

    public InMemoryRosterStore Roster { get; } = new();

    public InMemorySubmissionStore Submissions { get; } = new();

    public InMemoryDealStore Deals { get; } = new();

    public InMemoryActionLog Actions { get; } = new();

    public RecordingNotifier Notifier { get; }

    public ScheduleRunOptions Options { get; set; } = ScheduleRunOptions.Default;

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public async Task<TeamSettings> AddTeamAsync(string id, string zone, Func<TeamSettings, TeamSettings>? configure = null)
    {
        var team = new TeamSettings(TeamId.From(id)) { Name = id, TimeZoneId = zone };
        team = configure?.Invoke(team) ?? team;
        await Settings.SaveAsync(team, null, CancellationToken.None);
        return team;
    }

    public async Task UpdateTeamAsync(TeamId id, Func<TeamSettings, TeamSettings> change)
    {
        var stored = await Settings.GetAsync(id, CancellationToken.None) ?? throw new InvalidOperationException("No such team.");
        await Settings.SaveAsync(change(stored.Value), stored.Version, CancellationToken.None);
    }

    public async Task<Rep> AddRepAsync(TeamSettings team, string id, string? zone, string? manager = null, Func<Rep, Rep>? configure = null)
    {
        var rep = new Rep(team.Id, RepId.From(id), "Rep " + id)
        {
            TimeZoneId = zone,
            ManagerId = manager is null ? null : RepId.From(manager),
        };
        rep = configure?.Invoke(rep) ?? rep;
        await Roster.SaveAsync(rep, null, CancellationToken.None);
        return rep;
    }

    public Task<Rep> AddManagerAsync(TeamSettings team, string id, string? zone = null) =>
        AddRepAsync(team, id, zone, configure: r => r with { IsManager = true });

    public Task SubmitAsync(TeamId team, ForecastWeek week, string rep, SubmissionStatus status = SubmissionStatus.Submitted) =>
        Submissions.SaveAsync(
            new Submission(team, week, RepId.From(rep), [])
            {
                Status = status,
                SubmittedAt = status == SubmissionStatus.Submitted ? Time.GetUtcNow() : null,
                SkipReason = status == SubmissionStatus.Skipped ? "on holiday" : null,
            },
            null,
            CancellationToken.None);

    public RunScheduleTick NewTick() => new(Settings, Roster, Submissions, Deals, Actions, Notifier, Notifier, Time, Options);

    public NudgeNow NewNudgeNow() => new(Settings, Roster, Submissions, Deals, Actions, Notifier, Time, Options);

    public SummaryNow NewSummaryNow() => new(Settings, Roster, Actions, Notifier, Time, Options);

    /// <summary>
    /// Runs <paramref name="tick"/> (a new one if null) at every minute from the clock's now to <paramref name="until"/>
    /// inclusive, calling <paramref name="beforeTick"/> first at each minute (to submit, for example).
    /// </summary>
    public async Task<List<ScheduleTickResult>> WalkAsync(
        DateTimeOffset until, RunScheduleTick? tick = null, Func<DateTimeOffset, Task>? beforeTick = null)
    {
        tick ??= NewTick();
        var results = new List<ScheduleTickResult>();
        while (Time.GetUtcNow() <= until)
        {
            if (beforeTick is not null)
            {
                await beforeTick(Time.GetUtcNow());
            }

            results.Add(await tick.RunAsync(CancellationToken.None));
            Time.Advance(Minute);
        }

        return results;
    }

    public async Task<ActionRecord?> RecordAsync(TeamId team, ForecastWeek week, string subject, ScheduledActionKind kind) =>
        (await Actions.GetAsync(team, week, subject, kind, CancellationToken.None))?.Value;
}
