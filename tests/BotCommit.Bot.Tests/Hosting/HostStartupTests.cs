using System.Net;

namespace BotCommit.Bot.Tests.Hosting;

[Collection(AzuriteGroup.Name)]
public sealed class HostStartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_WithDevelopmentDefaults_AnswersHealthAndCreatesTables()
    {
        await using var host = new BotHost(azurite.ConnectionString);
        using var client = host.CreateClient();

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Start_InProductionWithAnonymousAndNoAppId_RefusesToStart()
    {
        await using var host = new BotHost(azurite.ConnectionString, environment: "Production");

        var failure = Record.Exception(() => host.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("MicrosoftAppId", AllMessages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentClock_OutsideDevelopment_DoesNotExist_TheHostRefusesToStart()
    {
        await using var host = new BotHost(azurite.ConnectionString, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["BotCommit:DevelopmentClock:Start"] = "2026-11-29T15:55:00Z",
            ["BotCommit:AllowAnonymous"] = "true",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        });

        var failure = Record.Exception(() => host.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("BotCommit:DevelopmentClock", AllMessages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentClock_InDevelopmentWithAnonymousMode_IsTheBotsClock()
    {
        var start = new DateTimeOffset(2026, 11, 29, 15, 55, 0, TimeSpan.Zero);
        await using var host = new BotHost(azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["BotCommit:AllowAnonymous"] = "true",
            ["BotCommit:DevelopmentClock:Start"] = "2026-11-29T15:55:00Z",
            ["BotCommit:DevelopmentClock:Speed"] = "600",
        });
        using var client = host.CreateClient();
        var clock = (TimeProvider)host.Services.GetService(typeof(TimeProvider))!;

        var first = clock.GetUtcNow();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        var second = clock.GetUtcNow();

        Assert.InRange(first, start, start.AddHours(2)); // a few real seconds of start-up at 600×
        Assert.True(second - first >= TimeSpan.FromSeconds(100), $"{first:O} -> {second:O}"); // 0.2 s real ≈ 120 s of bot time
    }

    [Fact]
    public async Task DevelopmentClock_WithoutAnonymousMode_RefusesToStart()
    {
        await using var host = new BotHost(azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["BotCommit:AllowAnonymous"] = "false",
            ["BotCommit:DevelopmentClock:Start"] = "2026-11-29T15:55:00Z",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
        });

        var failure = Record.Exception(() => host.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("BotCommit:DevelopmentClock", AllMessages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutTablesConnectionString_RefusesToStartWithAClearMessage()
    {
        await using var host = new BotHost(string.Empty);

        var failure = Record.Exception(() => host.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("ConnectionStrings:Tables", AllMessages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessages_GetRequest_IsRefused()
    {
        await using var host = new BotHost(azurite.ConnectionString);
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string AllMessages(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(AllMessages));
            }
        }

        return string.Join(" | ", messages);
    }
}
