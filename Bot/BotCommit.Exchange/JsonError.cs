using System.Globalization;

namespace BotCommit.Exchange;

/// <summary>
/// One problem found while reading a JSON file: <see cref="Path"/> is the JSONPath of the offending value
/// (<c>$.reps[1].monthTargets['2026-13']</c>). For malformed JSON, <see cref="Line"/> and <see cref="Column"/> are
/// 1-based (the column counts UTF-8 bytes, as System.Text.Json reports it).
/// </summary>
public sealed record JsonError(string Path, string Message)
{
    public long? Line { get; init; }

    public long? Column { get; init; }

    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {Column}: {Message}")
        : $"{Path}: {Message}";
}
