using System.Collections.Concurrent;
using System.Net;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Protocol.Tests.Support;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCommit.Protocol.Tests;

/// <summary>The hook that tells the host a request is about to go on the wire, and the no-retry configuration.</summary>
public sealed class OutboundAttemptObserverTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Send_WithRetries_ObserverSeesEveryAttemptBeforeItIsSent()
    {
        var observer = new RecordingObserver();
        await using var harness = await ConnectorHarness.StartAsync(configureServices: observer.Register);
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(503, "ServiceUnavailable"));
        observer.OnAttempt = () => observer.RequestsSeenAtAttempt.Enqueue(harness.Teams.Requests.Count);

        var send = harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None);
        await harness.Time.WaitForDelaysAsync(1, CancellationToken.None).WaitAsync(Patience);
        harness.Time.Advance(harness.Time.Delays[0]);
        await send.WaitAsync(Patience);

        Assert.Equal([0, 1], observer.RequestsSeenAtAttempt);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created], observer.Answers);
        Assert.All(observer.Calls, call => Assert.Equal(HttpMethod.Post, call.Method));
        Assert.All(observer.Calls, call => Assert.EndsWith("/v3/conversations/a%3A1/activities", call.Uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_ObserverThrows_NothingGoesOnTheWireAndTheExceptionReachesTheCaller()
    {
        var observer = new RecordingObserver { OnAttempt = () => throw new InvalidOperationException("abandoned") };
        await using var harness = await ConnectorHarness.StartAsync(configureServices: observer.Register);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None).WaitAsync(Patience));

        Assert.Equal("abandoned", exception.Message);
        Assert.Empty(harness.Teams.Requests);
        Assert.Single(observer.Calls);
        Assert.Empty(observer.Answers);
    }

    [Fact]
    public async Task Send_MaxAttemptsOne_FailsAfterOneRequestWithoutWaiting()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["BotCommit:Connector:MaxAttempts"] = "1" });
        harness.Teams.Enqueue(ScriptedConnectorResponse.Failure(503, "ServiceUnavailable"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Connector.SendToConversationAsync(harness.ServiceUrl, "a:1", MessageFactory.Text("x"), CancellationToken.None).WaitAsync(Patience));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Single(harness.Teams.Requests);
        Assert.Empty(harness.Time.Delays);
    }

    [Fact]
    public async Task Send_NoConnection_ObserverHearsTheRequestNeverLeft()
    {
        var observer = new RecordingObserver();
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["BotCommit:Connector:MaxAttempts"] = "1" }, configureServices: observer.Register);
        var closed = new Uri("http://127.0.0.1:1/emea/"); // nothing listens on port 1
        harness.Trust.MarkVerified(closed);

        await Assert.ThrowsAsync<HttpRequestException>(
            () => harness.Connector.SendToConversationAsync(closed, "a:1", MessageFactory.Text("x"), CancellationToken.None).WaitAsync(Patience));

        Assert.Single(observer.Calls);
        Assert.Empty(observer.Answers);
        Assert.Equal(1, observer.NotSent);
    }

    private sealed class RecordingObserver : IOutboundAttemptObserver
    {
        public int NotSent { get; private set; }

        public ValueTask NotSentAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
        {
            NotSent++;
            return ValueTask.CompletedTask;
        }

        public ConcurrentQueue<(HttpMethod Method, Uri Uri)> Calls { get; } = new();

        public ConcurrentQueue<int> RequestsSeenAtAttempt { get; } = new();

        public Action? OnAttempt { get; set; }

        public void Register(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton<IOutboundAttemptObserver>(this));

        public ConcurrentQueue<HttpStatusCode> Answers { get; } = new();

        public ValueTask BeforeAttemptAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
        {
            Calls.Enqueue((method, uri));
            OnAttempt?.Invoke();
            return ValueTask.CompletedTask;
        }

        public ValueTask AfterAttemptAsync(HttpMethod method, Uri uri, HttpStatusCode statusCode, CancellationToken cancellationToken)
        {
            Answers.Enqueue(statusCode);
            return ValueTask.CompletedTask;
        }
    }
}
