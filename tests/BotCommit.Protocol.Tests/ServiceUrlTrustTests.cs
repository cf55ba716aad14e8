using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;

namespace BotCommit.Protocol.Tests;

/// <summary>The bot's token goes only to allow-listed, verified serviceUrls (protocol doc 4.4, 8.3 O3).</summary>
public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("public cloud", "https://smba.trafficmanager.net/emea/", "Development", true)]
    [InlineData("public cloud in production", "https://smba.trafficmanager.net/teams/", "Production", true)]
    [InlineData("GCC", "https://smba.infra.gcc.teams.microsoft.com/gcc/", "Production", true)]
    [InlineData("GCC High", "https://smba.infra.gov.teams.microsoft.us/", "Production", true)]
    [InlineData("DoD", "https://smba.infra.dod.teams.microsoft.us/", "Production", true)]
    [InlineData("host in upper case", "https://SMBA.TrafficManager.net/emea/", "Production", true)]
    [InlineData("configured extra host", "https://smba.example.net/", "Production", true)]
    [InlineData("configured extra host over http", "http://smba.example.net/", "Production", false)]
    [InlineData("look-alike under trafficmanager.net", "https://evil.trafficmanager.net/emea/", "Production", false)]
    [InlineData("plain http to the real host", "http://smba.trafficmanager.net/emea/", "Production", false)]
    [InlineData("real host as a prefix", "https://smba.trafficmanager.net.evil.com/emea/", "Production", false)]
    [InlineData("user info", "https://attacker@smba.trafficmanager.net/emea/", "Production", false)]
    [InlineData("other port on loopback outside Development", "http://127.0.0.1:5000/", "Production", false)]
    [InlineData("localhost outside Development", "http://localhost:56150/_connector", "Production", false)]
    [InlineData("loopback in Development", "http://127.0.0.1:5000/", "Development", true)]
    [InlineData("playground in Development", "http://localhost:56150/_connector", "Development", true)]
    public async Task IsAllowedHost_Table_AllowsOnlyExactHosts(string because, string serviceUrl, string environment, bool expected)
    {
        await using var harness = await ConnectorHarness.StartAsync(
            new Dictionary<string, string?> { ["BotCommit:TrustedServiceUrlHosts:0"] = "smba.example.net" },
            environment,
            verifyServiceUrl: false);

        Assert.True(expected == harness.Trust.IsAllowedHost(new Uri(serviceUrl)), because);
    }

    [Theory]
    [InlineData("look-alike under trafficmanager.net, even if marked verified", "https://evil.trafficmanager.net/emea/", true)]
    [InlineData("plain http to the real host, even if marked verified", "http://smba.trafficmanager.net/emea/", true)]
    [InlineData("allow-listed but never verified", "https://smba.trafficmanager.net/emea/", false)]
    public async Task Send_UntrustedServiceUrl_ThrowsBeforeAnyTokenOrRequest(string because, string serviceUrl, bool markVerified)
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);
        if (markVerified)
        {
            harness.Trust.MarkVerified(new Uri(serviceUrl));
        }

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => harness.Connector.SendToConversationAsync(new Uri(serviceUrl), "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.True(harness.Msal.Requests.Count == 0, because);
        Assert.Empty(harness.SentRequests);
    }

    [Fact]
    public async Task Send_LoopbackNotVerifiedInDevelopmentWithCredentials_IsRefused()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Empty(harness.Teams.Requests);
        Assert.Empty(harness.Msal.Requests);
    }

    [Fact]
    public async Task Send_ConversationWithAVerifiedStoredReference_IsTrustedForThatConversationOnly()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);
        await harness.Store.SaveAsync(harness.PersonalReference("a:verified"), CancellationToken.None);
        var unverified = harness.PersonalReference("a:unverified");
        unverified.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        await harness.Store.SaveAsync(unverified, CancellationToken.None);

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:verified", MessageFactory.Text("x"), CancellationToken.None);

        Assert.Single(harness.Teams.Requests);
        Assert.Equal("Bearer fake-token-1", harness.Teams.Requests[0].Authorization);
    }

    [Fact]
    public async Task TrustVerifiedReference_UnverifiedOrOffListReference_IsRefused()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);
        var unverified = harness.PersonalReference();
        unverified.ServiceUrlVerified = null;
        var offList = harness.PersonalReference();
        offList.ServiceUrl = "https://evil.trafficmanager.net/emea/";

        Assert.False(harness.Trust.TrustVerifiedReference(unverified));
        Assert.False(harness.Trust.TrustVerifiedReference(offList));
        Assert.True(harness.Trust.TrustVerifiedReference(harness.PersonalReference()));
    }

    [Fact]
    public async Task MarkVerified_SameUrlWithoutTrailingSlash_IsTheSameServiceUrl()
    {
        await using var harness = await ConnectorHarness.StartAsync(verifyServiceUrl: false);
        harness.Trust.MarkVerified(new Uri(harness.ServiceUrl.ToString().TrimEnd('/')));

        await harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);

        Assert.Single(harness.Teams.Requests);
    }
}
