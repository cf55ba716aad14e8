using System.Globalization;
using BotCommit.Cards.CheckIn;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// A throttling storm for the fake Teams connector (<see cref="FakeTeamsConnector.Responder"/>): the proactive sends
/// (<c>POST …/v3/conversations/{id}/activities</c>) of each conversation first get that conversation's planned failures,
/// in order, then the fake's default answer (201). Every send is recorded with the answer it got. Thread-safe.
/// </summary>
internal sealed class ConnectorStorm
{
    private const string ConversationsSegment = "/v3/conversations/";
    private const string ActivitiesSuffix = "/activities";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<ScriptedConnectorResponse>> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SendAttempt>> _attempts = new(StringComparer.Ordinal);

    public static ScriptedConnectorResponse TooManyRequests(int retryAfterSeconds) =>
        ScriptedConnectorResponse.Throttled(retryAfterSeconds.ToString(CultureInfo.InvariantCulture));

    public static ScriptedConnectorResponse Unavailable() => ScriptedConnectorResponse.Failure(503, "ServiceUnavailable");

    /// <summary>Adds failures to the conversation's plan (answered before any success).</summary>
    public void Plan(string conversationId, IEnumerable<ScriptedConnectorResponse> failures)
    {
        lock (_lock)
        {
            if (!_plans.TryGetValue(conversationId, out var plan))
            {
                _plans[conversationId] = plan = new Queue<ScriptedConnectorResponse>();
            }

            foreach (var failure in failures)
            {
                plan.Enqueue(failure);
            }
        }
    }

    /// <summary>Every send to the conversation so far, in arrival order.</summary>
    public IReadOnlyList<SendAttempt> AttemptsTo(string conversationId)
    {
        lock (_lock)
        {
            return _attempts.TryGetValue(conversationId, out var attempts) ? attempts.ToList() : [];
        }
    }

    /// <summary>The responder to install on the fake connector.</summary>
    public ScriptedConnectorResponse? Answer(RecordedConnectorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.Path.IndexOf(ConversationsSegment, StringComparison.Ordinal);
        if (request.Method != "POST" || start < 0 || !request.Path.EndsWith(ActivitiesSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var conversationId = request.Path[(start + ConversationsSegment.Length)..^ActivitiesSuffix.Length];
        lock (_lock)
        {
            var failure = _plans.TryGetValue(conversationId, out var plan) && plan.Count > 0 ? plan.Dequeue() : null;
            if (!_attempts.TryGetValue(conversationId, out var attempts))
            {
                _attempts[conversationId] = attempts = [];
            }

            var retryAfter = failure?.RetryAfter is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : (int?)null;
            var carriesCard = request.Body.Contains(CheckInVerbs.Submit, StringComparison.Ordinal);
            attempts.Add(new SendAttempt(request.At, failure?.StatusCode ?? 201, retryAfter, carriesCard));
            return failure;
        }
    }
}
