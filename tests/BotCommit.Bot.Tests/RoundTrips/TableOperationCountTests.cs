using BotCommit.Bot.Tests.Faults;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace BotCommit.Bot.Tests.RoundTrips;

/// <summary>
/// Issue #13, fewer round trips: the table operations (requests to Table Storage) of a rep's submission turn and of one
/// scheduled nudge, counted on the host's own table clients. The budgets are the counts after the refactor (see
/// BENCHMARKS.md for before → after); a change that reads an entity twice in one turn or one nudge fails here.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class TableOperationCountTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Rep = "0d0d0d0d-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:team-roundtrips@thread.tacv2");

    [Fact]
    public async Task SubmissionTurn_CostsAtMostTheBudgetedTableOperations()
    {
        var clock = new FakeTimeProvider(SundayEvening);
        var counter = new TableOperationCounter();
        await using var host = await FaultHost.StartAsync(azurite.ConnectionString, clock, extraPolicy: counter);
        counter.TablePrefix = host.TablePrefix;
        await host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC" });
        await host.AddRepAsync(Team, Rep, SampleDeals.Two);
        // The rep's zone and locale as their Teams client sends them (the fixture: UTC, en-US) were kept on an earlier
        // turn: an unchanged client costs nothing (RememberRepClient); a changed one costs a read and a write, once.
        var roster = host.Get<IRosterStore>();
        var stored = (await roster.GetAsync(Team, RepId.From(Rep), CancellationToken.None))!;
        await roster.SaveAsync(stored.Value with { TimeZoneId = "UTC", Locale = "en-US" }, stored.Version, CancellationToken.None);
        var card = await host.CardAsync(Team, Rep, Week);
        var invoke = host.SubmitInvoke(Rep, card, new Dictionary<string, string> { ["d1"] = "130000" });
        counter.Reset();

        var answer = await host.InvokeAsync(invoke);

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        output.WriteLine($"submission turn: {counter.Count} table operations: {counter.Describe()}");
        Assert.True(counter.Count <= SubmissionTurnBudget, $"{counter.Count} table operations: {counter.Describe()}");
    }

    [Fact]
    public async Task ScheduledNudge_CostsAtMostTheBudgetedTableOperationsPerRep()
    {
        var one = await TickAsync(reps: 1);
        var six = await TickAsync(reps: 6);

        var perNudge = (six - one) / 5.0;
        output.WriteLine($"tick with 1 rep: {one}, with 6 reps: {six}; per nudge: {perNudge}");
        Assert.True(perNudge <= NudgeBudget, $"{perNudge} table operations per nudge");
    }

    // Before issue #13 a submission turn took 14 operations and a nudge 9 (BENCHMARKS.md). Now: the dedup write; the
    // sender's membership, roster row and team; the week's snapshot and (without one) the pipeline; the pipeline's
    // replace (its rows, one batch); the snapshot's batch; and, in anonymous mode only, the endpoint's reference check.
    // A nudge: the personal chat's reference, then claim, "sending" and "completed" on its delivery record.
    private const int SubmissionTurnBudget = 10;
    private const double NudgeBudget = 4;

    private async Task<int> TickAsync(int reps)
    {
        var clock = new FakeTimeProvider(SundayEvening);
        var counter = new TableOperationCounter();
        await using var host = await FaultHost.StartAsync(azurite.ConnectionString, clock, extraPolicy: counter);
        counter.TablePrefix = host.TablePrefix;
        var schedule = WeeklySchedule.Default with
        {
            Nudge = new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(0, 0)),
            Reminders = [],
        };
        await host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC", Schedule = schedule });
        for (var i = 0; i < reps; i++)
        {
            await host.AddRepAsync(Team, $"0d0d0d0d-0000-4000-8000-{i:D12}", SampleDeals.Two);
        }

        counter.Reset();
        var result = await host.Get<RunScheduleTick>().RunAsync(CancellationToken.None);

        Assert.Equal(reps, result.Actions.Sent);
        output.WriteLine($"tick with {reps} reps: {counter.Count} table operations: {counter.Describe()}");
        return counter.Count;
    }
}
