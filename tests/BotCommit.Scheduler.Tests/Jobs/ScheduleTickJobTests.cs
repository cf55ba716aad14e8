using BotCommit.Scheduler.Jobs;
using BotCommit.Testing.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using static BotCommit.Testing.Scheduling.ScheduleWorld;

namespace BotCommit.Scheduler.Tests.Jobs;

/// <summary>The Hangfire shim: one tick at a time per process (the gate), the next one plans what is still due.</summary>
public sealed class ScheduleTickJobTests
{
    [Fact]
    public async Task RunAsync_WhileAnotherTickOfThisInstanceRuns_ReturnsWithoutPlanningOrSending()
    {
        var (world, gate) = await WorldWithDueNudgeAsync();
        Assert.True(gate.TryEnter()); // a tick of this instance is draining

        await Job(world, gate).RunAsync(CancellationToken.None);

        Assert.Empty(world.Notifier.Calls);
    }

    [Fact]
    public async Task RunAsync_AfterThePreviousTickEnded_SendsWhatIsDueAndReleasesTheGate()
    {
        var (world, gate) = await WorldWithDueNudgeAsync();
        Assert.True(gate.TryEnter());
        gate.Exit();

        await Job(world, gate).RunAsync(CancellationToken.None);

        Assert.Single(world.Notifier.Calls);
        Assert.True(gate.TryEnter()); // released after the tick
    }

    [Fact]
    public async Task RunAsync_TickThrows_GateIsReleased()
    {
        var (world, gate) = await WorldWithDueNudgeAsync();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Job(world, gate).RunAsync(stop.Token));

        Assert.True(gate.TryEnter());
    }

    private static ScheduleTickJob Job(ScheduleWorld world, TickGate gate) =>
        new(world.NewTick(), gate, world.Time, NullLogger<ScheduleTickJob>.Instance);

    private static async Task<(ScheduleWorld World, TickGate Gate)> WorldWithDueNudgeAsync()
    {
        var world = new ScheduleWorld(Utc(2026, 11, 29, 15)); // Sunday 16:00 in Berlin: the nudge is due
        var team = await world.AddTeamAsync("t", "Europe/Berlin");
        await world.AddRepAsync(team, "ber", null);
        return (world, new TickGate());
    }
}
