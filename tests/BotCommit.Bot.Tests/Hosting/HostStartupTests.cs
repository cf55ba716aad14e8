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
