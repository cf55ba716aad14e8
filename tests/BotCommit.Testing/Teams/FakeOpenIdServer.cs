using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BotCommit.Testing.Teams;

/// <summary>
/// Stand-in for <c>login.botframework.com</c> on loopback: serves <c>/v1/.well-known/openidconfiguration</c> and
/// <c>/v1/.well-known/keys</c> (JWKS with endorsements). Keys can be rotated, the service taken down (503), and the
/// number of fetches read, to pin refresh behaviour.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private LoopbackWebServer? _server;
    private volatile IReadOnlyList<FakeSigningKey> _keys = [];
    private int _metadataRequests;
    private int _keysRequests;

    private FakeOpenIdServer()
    {
    }

    public Uri MetadataUrl => new(Server.BaseAddress, "v1/.well-known/openidconfiguration");

    public Uri KeysUrl => new(Server.BaseAddress, "v1/.well-known/keys");

    /// <summary>When true every request gets 503.</summary>
    public bool IsDown { get; set; }

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    private LoopbackWebServer Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public static async Task<FakeOpenIdServer> StartAsync(IEnumerable<FakeSigningKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var fake = new FakeOpenIdServer();
        fake.SetKeys(keys);
        fake._server = await LoopbackWebServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    /// <summary>Replaces the published key set (key rollover).</summary>
    public void SetKeys(IEnumerable<FakeSigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.ToList();
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        if (IsDown)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        JsonObject document;
        switch (context.Request.Path.Value)
        {
            case "/v1/.well-known/openidconfiguration":
                Interlocked.Increment(ref _metadataRequests);
                document = new JsonObject
                {
                    ["issuer"] = BotFrameworkIssuer,
                    ["authorization_endpoint"] = "https://invalid.example/v1/auth",
                    ["jwks_uri"] = KeysUrl.ToString(),
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                    ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
                };
                break;
            case "/v1/.well-known/keys":
                Interlocked.Increment(ref _keysRequests);
                document = new JsonObject { ["keys"] = new JsonArray(_keys.Select(key => (JsonNode?)key.ToJwk()).ToArray()) };
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(document.ToJsonString(), context.RequestAborted);
    }
}
