using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BotCommit.Bot.Tests.RoundTrips;

/// <summary>
/// Counts the requests the host's table clients send (one per table operation: a point read, a query page, a write, a
/// batch), by method and table, so a test can say how many round trips a turn or a nudge costs. Thread-safe.
/// </summary>
internal sealed class TableOperationCounter : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _operations = new();

    /// <summary>Every operation since the last <see cref="Reset"/>, as <c>METHOD Table</c> (prefix removed).</summary>
    public IReadOnlyList<string> Operations => [.. _operations];

    public int Count => _operations.Count;

    public string? TablePrefix { get; set; }

    public void Reset() => _operations.Clear();

    /// <summary>"GET Submissions ×2, PUT Deals ×1, …" for a report.</summary>
    public string Describe() =>
        string.Join(", ", Operations.GroupBy(o => o).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}"));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = message.Request.Uri.Path;
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? path;
        var table = segment.Split('(')[0];
        if (TablePrefix is { Length: > 0 } prefix && table.StartsWith(prefix, StringComparison.Ordinal))
        {
            table = table[prefix.Length..];
        }

        _operations.Enqueue(message.Request.Method.Method + " " + table);
    }
}
