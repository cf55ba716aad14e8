using System.Collections.Concurrent;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Scheduling;

/// <summary>
/// Issue #9's fault "the bot killed in the middle of a fan-out and restarted": a real bot process nudges 150 reps
/// through a fake Teams that throttles every tenth card (429, Retry-After 1 s); it is SIGKILLed after about 40 % of the
/// cards and a fresh process takes over. Nobody gets two cards, and nobody is silently missed: every rep has their
/// card, except possibly a request that was on the wire at the kill and never reached Teams, which must then be
/// recorded as "delivery unknown" for the admin (the cards waiting in the rate limiter are re-sent after the lease).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class KilledMidFanOutTests(AzuriteFixture azurite)
{
    private const int Reps = 150;

    [Fact]
    public async Task BotKilledMidFanOutAndRestarted_NoDuplicatesAndNobodySilentlyMissed()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var cancellationToken = timeout.Token;
        await using var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, cancellationToken);
        var accepted = new ConcurrentQueue<string>();
        var posts = 0;
        connector.Responder = request =>
        {
            var card = DueNudgeTeam.CardConversation(request);
            if (card is null)
            {
                return null;
            }

            if (Interlocked.Increment(ref posts) % 10 == 0)
            {
                return ScriptedConnectorResponse.Throttled("1");
            }

            accepted.Enqueue(card);
            return null;
        };
        var prefix = "kill" + Guid.NewGuid().ToString("N")[..10];
        var storage = new AzureTablesStorage(azurite.ConnectionString, prefix);
        await storage.InitializeAsync(cancellationToken);
        var team = await DueNudgeTeam.SeedAsync(storage, connector.ServiceUrl, "19:killed@thread.tacv2", Reps, cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["BotCommit__AllowAnonymous"] = "true",
            ["ConnectionStrings__Tables"] = azurite.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["BotCommit__Connector__GlobalPermitsPerSecond"] = "20",
            ["Scheduler__TickCron"] = "*/2 * * * * *",
            ["Scheduler__ClaimLease"] = "00:00:05",
            // At most three sends at once, so at most three can be on the wire at the kill, however slow the machine.
            ["Scheduler__MaxConcurrency"] = "3",
            ["Hangfire__SchedulePollingInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        var first = await BotProcess.StartAsync(environment, cancellationToken);
        await WaitForAsync(() => accepted.Count >= Reps * 2 / 5, cancellationToken);
        await first.KillAsync();
        var deliveredBeforeKill = accepted.Count;
        await using var second = await BotProcess.StartAsync(environment, cancellationToken);
        await WaitForAsync(async () => (await FinishedAsync(storage, team, cancellationToken)).Count == Reps, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(4), cancellationToken); // two more ticks: nothing further may be sent
        await first.DisposeAsync();

        var cards = accepted.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var records = (await FinishedAsync(storage, team, cancellationToken)).ToDictionary(r => r.Subject, StringComparer.OrdinalIgnoreCase);
        var context = $"{deliveredBeforeKill} cards before the kill.\n--- restarted ---\n{second.Output}";
        Assert.True(deliveredBeforeKill < Reps, "The kill came after the fan-out ended; " + context);
        Assert.All(cards, card => Assert.True(card.Value == 1, $"{card.Key} got {card.Value} cards. {context}"));
        for (var i = 0; i < Reps; i++)
        {
            var record = records[DueNudgeTeam.RepOf(i)];
            if (cards.ContainsKey(DueNudgeTeam.ChatOf(i)))
            {
                Assert.True(record.State == ActionState.Completed || record.Detail == ActionRecord.DeliveryUnknownDetail, $"rep {i}: {record.State} {record.Detail}");
            }
            else
            {
                Assert.True(record.Detail == ActionRecord.DeliveryUnknownDetail, $"rep {i} has no card and is recorded {record.State} '{record.Detail}'. {context}");
            }
        }

        // Only what was on the wire at the kill may be unknown, not the cards that were waiting for a permit.
        Assert.InRange(records.Values.Count(r => r.Detail == ActionRecord.DeliveryUnknownDetail), 0, 3);
        Assert.InRange(cards.Count, Reps - 3, Reps);
    }

    private static async Task<IReadOnlyList<ActionRecord>> FinishedAsync(AzureTablesStorage storage, Forecasting.Teams.TeamSettings team, CancellationToken cancellationToken)
    {
        var roster = await storage.Roster.ListAsync(team.Id, cancellationToken);
        var week = ReviewWeek.ForRoster(team, roster, DateTimeOffset.UtcNow);
        var records = await storage.Actions.ListWeekAsync(team.Id, week, cancellationToken);
        return records.Where(r => r.Kind == ScheduledActionKind.Nudge && r.State is ActionState.Completed or ActionState.Failed).ToList();
    }

    private static Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken) =>
        WaitForAsync(() => Task.FromResult(condition()), cancellationToken);

    private static async Task WaitForAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        while (!await condition())
        {
            await Task.Delay(200, cancellationToken);
        }
    }
}
