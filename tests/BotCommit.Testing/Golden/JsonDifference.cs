using System.Globalization;
using System.Text.Json.Nodes;

namespace BotCommit.Testing.Golden;

/// <summary>Where two JSON documents differ, as JSONPath lines a person can read: <c>$.reps[1].attainment: expected 0.9, actual 0.8</c>.</summary>
public static class JsonDifference
{
    /// <summary>At most <paramref name="max"/> differences, in document order (expected's properties first); empty when equal.</summary>
    public static IReadOnlyList<string> Between(JsonNode? expected, JsonNode? actual, int max = 20)
    {
        var differences = new List<string>();
        Collect(expected, actual, "$", differences, max);
        if (differences.Count > max)
        {
            differences[max] = "… and more";
            differences.RemoveRange(max + 1, differences.Count - max - 1);
        }

        return differences;
    }

    private static void Collect(JsonNode? expected, JsonNode? actual, string path, List<string> differences, int max)
    {
        if (differences.Count > max || JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (a.TryGetPropertyValue(key, out var other))
                    {
                        Collect(value, other, Property(path, key), differences, max);
                    }
                    else
                    {
                        differences.Add($"{Property(path, key)}: missing (expected {Text(value)})");
                    }
                }

                foreach (var (key, value) in a.Where(p => !e.ContainsKey(p.Key)))
                {
                    differences.Add($"{Property(path, key)}: unexpected {Text(value)}");
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Collect(e[i], a[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), differences, max);
                }

                if (e.Count != a.Count)
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {e.Count} items, actual {a.Count}"));
                }

                break;
            default:
                differences.Add($"{path}: expected {Text(expected)}, actual {Text(actual)}");
                break;
        }
    }

    private static string Text(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    private static string Property(string parent, string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? parent + "." + name
            : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
