using BotCommit.Bot.Tests.Hosting;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Postgres;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Scheduling;

/// <summary>
/// Two real bot processes share Azurite and a PostgreSQL Hangfire store and both tick every 2 seconds: every rep's
/// nudge is sent exactly once.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MultiInstanceScheduleTests(AzuriteFixture azurite)
{
    private const int Reps = 30;

    [Fact]
    public async Task TwoInstancesSharingPostgres_NudgeEveryRepExactlyOnce()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var cancellationToken = timeout.Token;
        await using var postgres = await PostgresServer.StartAsync(cancellationToken);
        await using var connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, cancellationToken);
        var prefix = "mi" + Guid.NewGuid().ToString("N")[..10];
        var storage = new AzureTablesStorage(azurite.ConnectionString, prefix);
        await storage.InitializeAsync(cancellationToken);
        await DueNudgeTeam.SeedAsync(storage, connector.ServiceUrl, "19:multi@thread.tacv2", Reps, cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["BotCommit__AllowAnonymous"] = "true",
            ["ConnectionStrings__Tables"] = azurite.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["Hangfire__Storage"] = "PostgreSql",
            ["ConnectionStrings__Hangfire"] = postgres.ConnectionString,
            ["Hangfire__SchemaName"] = "hf_" + prefix,
            ["Hangfire__SchedulePollingInterval"] = "00:00:01",
            ["Scheduler__TickCron"] = "*/2 * * * * *",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // The first instance creates the Hangfire schema; starting both at once on an empty database races on CREATE SCHEMA.
        await using var first = await BotProcess.StartAsync(environment, cancellationToken);
        await using var second = await BotProcess.StartAsync(environment, cancellationToken);
        await WaitForCardsAsync(connector, Reps, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken); // several more ticks of both instances

        var cardsByConversation = DueNudgeTeam.CardPosts(connector).GroupBy(r => r.Conversation).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(cardsByConversation.Count == Reps, $"{cardsByConversation.Count} of {Reps} reps nudged.\n--- first ---\n{first.Output}\n--- second ---\n{second.Output}");
        Assert.All(cardsByConversation, pair => Assert.True(pair.Value == 1, $"{pair.Key} got {pair.Value} cards"));
    }

    private static async Task WaitForCardsAsync(FakeTeamsConnector connector, int count, CancellationToken cancellationToken)
    {
        while (DueNudgeTeam.CardPosts(connector).Count < count)
        {
            await Task.Delay(250, cancellationToken);
        }
    }
}
