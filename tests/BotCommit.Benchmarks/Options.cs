using System.Globalization;

namespace BotCommit.Benchmarks;

/// <summary><c>--name value</c> pairs; a name without a value reads as <c>true</c>.</summary>
internal sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }

        return new Options(values);
    }

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double? Double(string name) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    public string? Text(string name) => values.GetValueOrDefault(name);

    public IReadOnlyList<int> Ints(string name, params int[] fallback) =>
        values.TryGetValue(name, out var text)
            ? text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList()
            : fallback;
}
