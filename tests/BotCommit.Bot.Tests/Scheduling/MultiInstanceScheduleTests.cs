using BotCommit.Bot.Conversations;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;
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
        await SeedAsync(storage, connector.ServiceUrl, cancellationToken);
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

        var cardsByConversation = CardPosts(connector).GroupBy(r => r.Conversation).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(cardsByConversation.Count == Reps, $"{cardsByConversation.Count} of {Reps} reps nudged.\n--- first ---\n{first.Output}\n--- second ---\n{second.Output}");
        Assert.All(cardsByConversation, pair => Assert.True(pair.Value == 1, $"{pair.Key} got {pair.Value} cards"));
    }

    private static async Task SeedAsync(AzureTablesStorage storage, Uri serviceUrl, CancellationToken cancellationToken)
    {
        // Nudge at the start of the cycle week (Sunday 00:00 UTC) and the deadline at its end (Saturday 23:59): whatever
        // day the test runs, the nudge is due and not yet too late.
        var schedule = WeeklySchedule.Default with
        {
            Nudge = new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(0, 0)),
            Reminders = [],
            Deadline = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Summary = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Call = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
        };
        var team = new TeamSettings(TeamId.From("19:multi@thread.tacv2")) { Name = "Multi", TimeZoneId = "UTC", Schedule = schedule };
        await storage.Teams.SaveAsync(team, null, cancellationToken);
        var references = new TableConversationReferenceStore(storage.Documents);
        for (var i = 0; i < Reps; i++)
        {
            var aad = $"aaaaaaaa-0000-0000-0000-{i:D12}";
            var rep = new Rep(team.Id, RepId.From(aad), $"Rep {i}");
            await storage.Roster.SaveAsync(rep, null, cancellationToken);
            await storage.Deals.ReplaceAsync(team.Id, rep.Id,
                [new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Upside, 1000m + i, new DateOnly(2027, 1, 15), Stage.From(50))],
                cancellationToken);
            await references.SaveAsync(new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                TenantId = "tenant",
                Conversation = new ConversationAccount { Id = $"a:chat-{i}", ConversationType = "personal" },
                Bot = new ChannelAccount { Id = "28:bot" },
                User = new ChannelAccount { Id = $"29:user-{i}", AadObjectId = aad },
                State = ConversationReferenceStates.Active,
            }, cancellationToken);
        }
    }

    private static async Task WaitForCardsAsync(FakeTeamsConnector connector, int count, CancellationToken cancellationToken)
    {
        while (CardPosts(connector).Count < count)
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    private static List<(string Conversation, RecordedConnectorRequest Request)> CardPosts(FakeTeamsConnector connector) =>
        connector.Requests
            .Where(r => r.Method == "POST" && r.Body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
            .Select(r => (Conversation: Uri.UnescapeDataString(r.Path.Split('/')[^2]), Request: r))
            .ToList();
}
