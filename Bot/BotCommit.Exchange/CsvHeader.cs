namespace BotCommit.Exchange;

/// <summary>The positions of a file's columns by header name, so that rows are read by name rather than by position.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _positions;

    public CsvHeader(IReadOnlyList<string> names)
    {
        Names = names;
        _positions = names.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The 0-based position of <paramref name="name"/>; the reader asks only for columns its header check requires.</summary>
    public int IndexOf(string name) => _positions[name];

    public bool Contains(string name) => _positions.ContainsKey(name);
}
