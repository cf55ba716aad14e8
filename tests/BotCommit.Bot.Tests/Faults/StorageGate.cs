using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// A pipeline policy on the host's table clients that holds the next request matching an armed
/// <see cref="StorageGateHold"/> until the test releases it, so a test can stop Azurite while exactly that request (say
/// one rep's Submissions batch) is in flight. It only delays: the request then really goes to the (stopped or running)
/// server. Requests that match no armed hold pass straight through. Thread-safe.
/// </summary>
internal sealed class StorageGate : HttpPipelinePolicy
{
    private readonly Lock _lock = new();
    private readonly List<StorageGateHold> _armed = [];

    /// <summary>Arms a hold for the next request whose method, URI and body text match <paramref name="match"/>.</summary>
    public StorageGateHold HoldNext(Func<string, Uri, string, bool> match)
    {
        var hold = new StorageGateHold(match);
        lock (_lock)
        {
            _armed.Add(hold);
        }

        return hold;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Take(message)?.WaitForReleaseBlocking(message.CancellationToken);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Take(message) is { } hold)
        {
            await hold.WaitForReleaseAsync(message.CancellationToken);
        }

        await ProcessNextAsync(message, pipeline);
    }

    private StorageGateHold? Take(HttpMessage message)
    {
        lock (_lock)
        {
            if (_armed.Count == 0)
            {
                return null;
            }
        }

        var method = message.Request.Method.Method;
        var uri = message.Request.Uri.ToUri();
        var body = BodyText(message.Request.Content, message.CancellationToken);
        lock (_lock)
        {
            var hold = _armed.Find(h => h.Matches(method, uri, body));
            if (hold is not null)
            {
                _armed.Remove(hold);
            }

            return hold;
        }
    }

    private static string BodyText(RequestContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return string.Empty;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, cancellationToken);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
