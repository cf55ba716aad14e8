using System.Net;
using BotCommit.Protocol.Diagnostics;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;
using Microsoft.IdentityModel.Tokens;

namespace BotCommit.Protocol.Tests;

/// <summary>Values of unauthenticated requests reach the logs truncated and without control characters (issue #15, item 9).</summary>
public sealed class LogValueTests
{
    private static readonly Dictionary<string, string?> Anonymous = new() { ["BotCommit:AllowAnonymous"] = "true" };

    public static TheoryData<string?, int, string?> Cases => new()
    {
        { null, 64, null },
        { "RS256", 16, "RS256" },
        { "line\r\n2001 forged entry", 64, "line2001 forged entry" },
        { "esc\u001b[31mred", 64, "esc[31mred" },
        { "bidi\u202Egnp.exe", 64, "bidignp.exe" },
        { "zero\u200Bwidth\u2028sep", 64, "zerowidthsep" },
        { "pair \uD83D\uDE00 kept", 64, "pair \uD83D\uDE00 kept" },
        { "abcdefghij", 4, "abcd…(10 chars)" },
        { "ab\uD83D\uDE00cd", 3, "ab…(6 chars)" },
        { "\n\n\nabc", 3, "abc" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_RemovesUnsafeCharactersAndTruncates(string? value, int maxLength, string? expected) =>
        Assert.Equal(expected, LogValue.Clean(value, maxLength));

    // Not a theory row: xunit's test case serialization turns a lone surrogate into U+FFFD.
    [Fact]
    public void Clean_RemovesLoneSurrogates() => Assert.Equal("lonesurrogate", LogValue.Clean("lone\uD800surrogate\uDC00"));

    [Fact]
    public async Task Request_WithALongUnknownMethod_IsLoggedTruncated()
    {
        await using var host = await BotTestHost.StartAsync(Anonymous);
        var verb = "X" + new string('Y', 500);

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(verb), host.MessagesUrl));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var rejection = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 2001);
        Assert.DoesNotContain(new string('Y', 100), rejection.Message, StringComparison.Ordinal);
        Assert.Contains("(501 chars)", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WithControlCharactersInItsAlgorithm_IsRejectedAndLoggedWithoutThem()
    {
        await using var keys = await FakeOpenIdServer.StartAsync([], CancellationToken.None);
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = TeamsActivities.TenantId,
            ["BotCommit:OpenIdMetadataUrl"] = keys.MetadataUrl.ToString(),
        });
        var header = """{"alg":"RS\r\n2001 Rejected nothing: forged\u001b[0m","typ":"JWT","kid":"k"}""";
        var payload = """{"iss":"https://api.botframework.com","aud":"3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e"}""";
        var token = Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload) + ".c2ln";

        using var response = await host.PostAsync(TeamsActivities.PersonalMessage().ToJsonString(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var rejection = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == 2001);
        Assert.Contains("algorithm not allowed: RS2001 Rejected", rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rejection.Message, c => char.IsControl(c));
        Assert.Contains("chars)", rejection.Message, StringComparison.Ordinal);
    }
}
