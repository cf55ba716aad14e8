using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Testing.Teams;
using Microsoft.AspNetCore.Http;

namespace BotCommit.Benchmarks.FanOut;

/// <summary>
/// A fake Teams connector on loopback that enforces the Teams limits (protocol doc 5.3) with token buckets — app-wide
/// <c>globalPerSecond</c> and per conversation <c>perConversationPerSecond</c>, each holding one second's worth — and
/// answers 429 with <c>Retry-After</c> (whole seconds until a token) when a request exceeds them. On top, a share of the
/// admitted requests (<c>throttledShare</c>, seeded random) is answered 429 with <c>Retry-After: 1</c>, as Teams does
/// under load. Everything else is accepted: 201 with an activity id. Counts every request and the cards each
/// conversation received.
/// </summary>
internal sealed class RateLimitedConnector : IAsyncDisposable
{
    private const string BasePath = "emea/";

    private readonly TimeProvider _time;
    private readonly double _conversationPerSecond;
    private readonly double _throttledShare;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly TokenBucket _global;
    private readonly Dictionary<string, TokenBucket> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cards = new(StringComparer.Ordinal);
    private LoopbackWebServer? _server;
    private long _firstCard;
    private long _lastCard;
    private int _nextId = 1_000_000;

    private RateLimitedConnector(TimeProvider time, double globalPerSecond, double conversationPerSecond, double throttledShare, int seed)
    {
        _time = time;
        _conversationPerSecond = conversationPerSecond;
        _throttledShare = throttledShare;
        _random = new Random(seed);
        _global = new TokenBucket(globalPerSecond, globalPerSecond, time.GetTimestamp());
    }

    public Uri ServiceUrl => new(_server!.BaseAddress, BasePath);

    public ConnectorCounts Counts { get; private set; } = new();

    public static async Task<RateLimitedConnector> StartAsync(
        TimeProvider time, double globalPerSecond, double conversationPerSecond, double throttledShare, int seed, CancellationToken cancellationToken)
    {
        var connector = new RateLimitedConnector(time, globalPerSecond, conversationPerSecond, throttledShare, seed);
        connector._server = await LoopbackWebServer.StartAsync(connector.HandleAsync, cancellationToken);
        return connector;
    }

    /// <summary>Cards accepted so far (201), all conversations together.</summary>
    public int CardsDelivered
    {
        get
        {
            lock (_lock)
            {
                return Counts.CardsDelivered;
            }
        }
    }

    /// <summary>Cards accepted per conversation id.</summary>
    public IReadOnlyDictionary<string, int> CardsByConversation()
    {
        lock (_lock)
        {
            return new Dictionary<string, int>(_cards, StringComparer.Ordinal);
        }
    }

    /// <summary>Time from the first to the last accepted card.</summary>
    public TimeSpan CardSpan()
    {
        lock (_lock)
        {
            return _firstCard == 0 ? TimeSpan.Zero : _time.GetElapsedTime(_firstCard, _lastCard);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var conversation = ConversationOf(context.Request.Path.Value ?? string.Empty);
        var isCard = body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal);
        var (status, retryAfter) = Decide(conversation, isCard, context.Request.Method);
        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var answer = status == StatusCodes.Status201Created
            ? new JsonObject { ["id"] = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture) }
            : new JsonObject { ["error"] = new JsonObject { ["code"] = status == 429 ? "Throttled" : "NotFound", ["message"] = "benchmark connector" } };
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    private (int Status, int? RetryAfter) Decide(string? conversation, bool isCard, string method)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            var counts = Counts with { Requests = Counts.Requests + 1 };
            if (conversation is null || method != HttpMethods.Post)
            {
                Counts = counts with { Other = counts.Other + 1 };
                return (StatusCodes.Status404NotFound, null);
            }

            if (!_conversations.TryGetValue(conversation, out var bucket))
            {
                bucket = new TokenBucket(_conversationPerSecond, _conversationPerSecond, now);
                _conversations.Add(conversation, bucket);
            }

            var globalWait = _global.UntilNext(now, _time);
            var conversationWait = bucket.UntilNext(now, _time);
            if (globalWait > TimeSpan.Zero || conversationWait > TimeSpan.Zero)
            {
                Counts = globalWait > TimeSpan.Zero
                    ? counts with { OverGlobalLimit = counts.OverGlobalLimit + 1 }
                    : counts with { OverConversationLimit = counts.OverConversationLimit + 1 };
                var wait = globalWait > conversationWait ? globalWait : conversationWait;
                return (StatusCodes.Status429TooManyRequests, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            _global.TryTake(now, _time);
            bucket.TryTake(now, _time);
            if (_random.NextDouble() < _throttledShare)
            {
                Counts = counts with { RandomThrottled = counts.RandomThrottled + 1 };
                return (StatusCodes.Status429TooManyRequests, 1);
            }

            if (isCard)
            {
                _cards[conversation] = _cards.GetValueOrDefault(conversation) + 1;
                _firstCard = _firstCard == 0 ? now : _firstCard;
                _lastCard = now;
                counts = counts with { CardsDelivered = counts.CardsDelivered + 1 };
            }

            Counts = counts with { Accepted = counts.Accepted + 1 };
            return (StatusCodes.Status201Created, null);
        }
    }

    /// <summary>The conversation id of <c>/emea/v3/conversations/{id}/activities[/…]</c>, unescaped; null for other routes.</summary>
    private static string? ConversationOf(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments.Length >= 5 && segments[1] == "v3" && segments[2] == "conversations" && segments[4] == "activities"
            ? Uri.UnescapeDataString(segments[3])
            : null;
    }
}
