using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Identity.Client;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>
/// Offline Entra token endpoint for MSAL: answers every POST to <c>…/oauth2/v2.0/token</c> with
/// <c>fake-token-1</c>, <c>fake-token-2</c>, … and records the requests (URL and form body).
/// </summary>
internal sealed class FakeMsalHttpClientFactory : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client;
    private readonly ConcurrentQueue<(Uri Url, string Body)> _requests = new();
    private int _issued;

    public FakeMsalHttpClientFactory()
    {
        _client = new HttpClient(new Handler(this));
    }

    public IReadOnlyList<(Uri Url, string Body)> Requests => _requests.ToList();

    public int Issued => Volatile.Read(ref _issued);

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();

    private sealed class Handler(FakeMsalHttpClientFactory owner) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            owner._requests.Enqueue((request.RequestUri!, body));
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            var number = Interlocked.Increment(ref owner._issued);
            var json = $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"fake-token-{{number}}"}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
