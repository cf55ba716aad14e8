using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Testing.Azurite;

namespace BotCommit.Bot.Tests.Hosting;

/// <summary>
/// <c>/readyz</c> against a private Azurite that is really stopped (SIGINT) and started again on the same port and data:
/// 200 while Table Storage and the Hangfire storage answer, 503 naming <c>table-storage</c> while Azurite is down (the
/// Hangfire storage, in memory, stays healthy), 200 again after the restart. <c>/healthz</c> stays 200 throughout.
/// </summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private RestartableAzurite _azurite = null!;

    public async Task InitializeAsync() => _azurite = await RestartableAzurite.StartNewAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task Readyz_AzuriteStoppedThenRestarted_Answers503NamingTableStorageThen200()
    {
        await using var host = new BotHost(_azurite.ConnectionString);
        using var client = host.CreateClient();

        var before = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var beforeBody = await BodyAsync(before);
        await _azurite.StopAsync(CancellationToken.None);
        var down = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var downBody = await BodyAsync(down);
        var liveWhileDown = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await _azurite.StartAsync(CancellationToken.None);
        var after = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("ready", beforeBody["status"]!.GetValue<string>());
        Assert.Equal("healthy", beforeBody["checks"]!["table-storage"]!.GetValue<string>());
        Assert.Equal("healthy", beforeBody["checks"]!["hangfire-storage"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(["table-storage"], downBody["failing"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.StartsWith("unhealthy: ", downBody["checks"]!["table-storage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("healthy", downBody["checks"]!["hangfire-storage"]!.GetValue<string>());
        Assert.DoesNotContain("AccountKey", downBody.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, liveWhileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
