namespace BotCommit.Bot.Tests.Faults;

/// <summary>One armed hold of a <see cref="StorageGate"/>: <see cref="Reached"/> completes when a matching request arrives.</summary>
internal sealed class StorageGateHold(Func<string, Uri, string, bool> match)
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the matching request is being held.</summary>
    public Task Reached => _reached.Task;

    /// <summary>Lets the held request continue to the server.</summary>
    public void Release() => _released.TrySetResult();

    internal bool Matches(string method, Uri uri, string body) => match(method, uri, body);

    internal async Task WaitForReleaseAsync(CancellationToken cancellationToken)
    {
        _reached.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
    }

    internal void WaitForReleaseBlocking(CancellationToken cancellationToken)
    {
        _reached.TrySetResult();
        _released.Task.Wait(cancellationToken);
    }
}
