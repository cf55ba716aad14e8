using System.Collections.Concurrent;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>An <see cref="IBot"/> that records every turn and answers with a configurable function.</summary>
internal sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<ITurnContext> _turns = new();

    public Func<ITurnContext, CancellationToken, Task<InvokeResponse?>> Handler { get; set; } =
        (_, _) => Task.FromResult<InvokeResponse?>(null);

    public IReadOnlyList<ITurnContext> Turns => _turns.ToList();

    public Task<InvokeResponse?> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _turns.Enqueue(turnContext);
        return Handler(turnContext, cancellationToken);
    }
}
