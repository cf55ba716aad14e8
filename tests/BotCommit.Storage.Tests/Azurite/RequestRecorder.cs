using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BotCommit.Storage.Tests.Azurite;

/// <summary>Records every request the SDK sends (method and decoded URI), to prove how many round trips a call makes.</summary>
public sealed class RequestRecorder : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(string Method, string Uri)> _requests = new();

    public IReadOnlyList<(string Method, string Uri)> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _requests.Enqueue((message.Request.Method.ToString(), Uri.UnescapeDataString(message.Request.Uri.ToString())));
    }
}
