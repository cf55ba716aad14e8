using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BotCommit.Testing.Teams;

/// <summary>
/// A fake Bot Connector (Teams) on loopback. Records every request (raw path, Authorization, body, fake-clock time) and
/// answers from a FIFO script first, then from <see cref="Responder"/> if set, then with realistic defaults for the
/// routes of protocol doc 4.3: send/reply → 201 <c>{"id"}</c>, update → 200, delete → 200, create conversation → 201 <c>{"id","activityId"}</c>,
/// paged members (pages of <see cref="MemberPageSize"/> from <see cref="Members"/>), one member, team details, channels.
/// Use <see cref="ServiceUrl"/> as the activities' serviceUrl.
/// </summary>
public sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();
    private readonly List<RecordedConnectorRequest> _requests = [];
    private readonly Queue<ScriptedConnectorResponse> _script = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private LoopbackWebServer? _server;
    private int _nextId = 1_764_000_000;

    private FakeTeamsConnector(TimeProvider timeProvider, string basePath)
    {
        _timeProvider = timeProvider;
        BasePath = basePath;
    }

    /// <summary>Path prefix of <see cref="ServiceUrl"/>, e.g. <c>emea/</c> (like <c>https://smba.trafficmanager.net/emea/</c>).</summary>
    public string BasePath { get; }

    /// <summary>The serviceUrl to put into activities: <c>http://127.0.0.1:{port}/{BasePath}</c>.</summary>
    public Uri ServiceUrl => new(Server.BaseAddress, BasePath);

    /// <summary>Roster served by <c>pagedmembers</c> and <c>members/{id}</c>.</summary>
    public IList<JsonObject> Members { get; } = [];

    /// <summary>Page size of <c>pagedmembers</c> answers (independent of the requested size, as Teams clamps it).</summary>
    public int MemberPageSize { get; set; } = 2;

    /// <summary>
    /// Answers the requests the FIFO script does not (return null for the default answer): e.g. a 429/503 storm that
    /// depends on the conversation or on the fake clock. Called concurrently, once per request, after it is recorded.
    /// </summary>
    public Func<RecordedConnectorRequest, ScriptedConnectorResponse?>? Responder { get; set; }

    public IReadOnlyList<RecordedConnectorRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    private LoopbackWebServer Server => _server ?? throw new InvalidOperationException("The connector is not started.");

    public static async Task<FakeTeamsConnector> StartAsync(TimeProvider timeProvider, CancellationToken cancellationToken, string basePath = "emea/")
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fake = new FakeTeamsConnector(timeProvider, basePath);
        fake._server = await LoopbackWebServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    /// <summary>Queues answers for the next requests (any route), in order.</summary>
    public void Enqueue(params ScriptedConnectorResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        lock (_lock)
        {
            foreach (var response in responses)
            {
                _script.Enqueue(response);
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests were recorded.</summary>
    public Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var recorded = new RecordedConnectorRequest(
            request.Method,
            rawTarget,
            request.Path.Value ?? string.Empty,
            request.Headers.Authorization.Count == 0 ? null : request.Headers.Authorization.ToString(),
            request.ContentType,
            body,
            _timeProvider.GetUtcNow());

        ScriptedConnectorResponse? scripted;
        lock (_lock)
        {
            _requests.Add(recorded);
            scripted = _script.Count > 0 ? _script.Dequeue() : null;
            foreach (var waiter in _waiters.Where(waiter => _requests.Count >= waiter.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        scripted ??= Responder?.Invoke(recorded);
        scripted ??= Default(request.Method, recorded.Path, request.Query);
        context.Response.StatusCode = scripted.StatusCode;
        if (scripted.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = scripted.RetryAfter;
        }

        if (scripted.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(scripted.Body, context.RequestAborted);
        }
    }

    private ScriptedConnectorResponse Default(string method, string path, IQueryCollection query)
    {
        var prefix = "/" + BasePath.Trim('/');
        var relative = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path;
        var segments = relative.Trim('/').Split('/');
        if (segments.Length < 2 || segments[0] != "v3")
        {
            return ScriptedConnectorResponse.Failure(404, "NotFound");
        }

        if (segments[1] == "teams" && segments.Length == 3 && method == HttpMethods.Get)
        {
            return Json(200, new JsonObject { ["id"] = segments[2], ["name"] = "Sales EMEA", ["aadGroupId"] = "44556677-8899-4aab-bccd-deeff0011223" });
        }

        if (segments[1] == "teams" && segments.Length == 4 && segments[3] == "conversations" && method == HttpMethods.Get)
        {
            return Json(200, new JsonObject
            {
                ["conversations"] = new JsonArray(
                    new JsonObject { ["id"] = segments[2], ["name"] = null },
                    new JsonObject { ["id"] = "19:managers@thread.tacv2", ["name"] = "Managers" }),
            });
        }

        if (segments[1] != "conversations")
        {
            return ScriptedConnectorResponse.Failure(404, "NotFound");
        }

        if (segments.Length == 2 && method == HttpMethods.Post)
        {
            var id = NextId();
            return Json(201, new JsonObject { ["id"] = "a:created-" + id, ["activityId"] = id });
        }

        if (segments.Length >= 4 && segments[3] == "activities")
        {
            return method switch
            {
                "POST" => Json(201, new JsonObject { ["id"] = NextId() }),
                "PUT" when segments.Length == 5 => Json(200, new JsonObject { ["id"] = segments[4] }),
                "DELETE" when segments.Length == 5 => new ScriptedConnectorResponse(200),
                _ => ScriptedConnectorResponse.Failure(405, "MethodNotAllowed"),
            };
        }

        if (segments.Length == 4 && segments[3] == "pagedmembers" && method == HttpMethods.Get)
        {
            var start = int.TryParse(query["continuationToken"].ToString().Replace("page-", string.Empty, StringComparison.Ordinal), out var page) ? page : 0;
            List<JsonObject> members;
            lock (_lock)
            {
                members = Members.Skip(start).Take(MemberPageSize).ToList();
            }

            var result = new JsonObject { ["members"] = new JsonArray(members.Select(member => (JsonNode?)member.DeepClone()).ToArray()) };
            if (start + MemberPageSize < Members.Count)
            {
                result["continuationToken"] = "page-" + (start + MemberPageSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Json(200, result);
        }

        if (segments.Length == 5 && segments[3] == "members" && method == HttpMethods.Get)
        {
            var member = Members.FirstOrDefault(candidate =>
                string.Equals((string?)candidate["id"], segments[4], StringComparison.Ordinal)
                || string.Equals((string?)candidate["aadObjectId"] ?? (string?)candidate["objectId"], segments[4], StringComparison.OrdinalIgnoreCase));
            return member is null
                ? ScriptedConnectorResponse.Failure(404, "MemberNotFoundInConversation")
                : Json(200, (JsonObject)member.DeepClone());
        }

        return ScriptedConnectorResponse.Failure(404, "NotFound");
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ScriptedConnectorResponse Json(int status, JsonObject body) => new(status, body.ToJsonString());
}
