using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace BotCommit.Testing.Hostile;

/// <summary>
/// The hostile-input corpus of a test project: every <c>Hostile/Corpus/*.json</c> file (copied next to the test
/// assembly) holds <c>{"category", "cases": [{"name", "kind", …, "expect"}]}</c>; names are unique across files so each
/// case is one test row. Strings may hold tokens, expanded in the final JSON text right before use so the corpus stays
/// readable: <c>{{repeat:N:text}}</c> (text N times), <c>{{u:d800}}</c> (the JSON escape <c>\ud800</c> — the only way to
/// write a lone surrogate, which no .NET string read from the corpus could carry), and named values the caller supplies
/// (<c>{{serviceUrl}}</c>, <c>{{conversationId}}</c>, <c>{{rep}}</c>, <c>{{victim}}</c>). To replay only some cases, set
/// <c>HOSTILE_ONLY</c> to a part of their names (e.g. <c>HOSTILE_ONLY=card-</c>).
/// </summary>
public static partial class HostileCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> s_cases = new(Load);

    public static IReadOnlyDictionary<string, JsonObject> Cases => s_cases.Value;

    /// <summary>The case names (of one <c>kind</c> when given) as test rows.</summary>
    public static TheoryData<string> Names(string? kind = null)
    {
        var names = new TheoryData<string>();
        var only = Environment.GetEnvironmentVariable("HOSTILE_ONLY");
        foreach (var (name, hostile) in Cases)
        {
            if ((kind is null || (string?)hostile["kind"] == kind) && (only is null || name.Contains(only, StringComparison.Ordinal)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static JsonObject Case(string name) =>
        Cases.TryGetValue(name, out var hostile) ? hostile : throw new KeyNotFoundException($"No hostile case '{name}'.");

    /// <summary>Serializes <paramref name="node"/>, expands the tokens, and parses the result again.</summary>
    public static JsonNode Expand(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return JsonNode.Parse(ExpandText(node.ToJsonString()))!;
    }

    /// <summary>Expands the tokens in JSON text; <paramref name="values"/> are inserted JSON-escaped.</summary>
    public static string ExpandText(string json, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = values is null
            ? json
            : Named().Replace(json, match => values.TryGetValue(match.Groups["name"].Value, out var value)
                ? JsonEncodedText.Encode(value).ToString()
                : match.Value);
        text = Repeat().Replace(text, match =>
            string.Concat(Enumerable.Repeat(match.Groups["text"].Value, int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture))));
        return Escape().Replace(text, match => "\\u" + match.Groups["hex"].Value);
    }

    /// <summary>Expands a corpus string that holds no lone surrogate (e.g. an id with <c>{{repeat}}</c>).</summary>
    public static string ExpandString(string value) =>
        JsonSerializer.Deserialize<string>(ExpandText(JsonSerializer.Serialize(value)))!;

    /// <summary>RFC 7386 JSON merge patch: objects merge, <c>null</c> removes, anything else replaces.</summary>
    public static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? targetObject : [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = MergePatch(result[key]?.DeepClone(), value);
            }
        }

        return result;
    }

    private static Dictionary<string, JsonObject> Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus");
        var cases = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var document = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })!;
            foreach (var hostile in document["cases"]!.AsArray().Select(c => c!.AsObject()))
            {
                var name = (string?)hostile["name"] ?? throw new InvalidDataException($"A case in {file} has no name.");
                if (!cases.TryAdd(name, hostile))
                {
                    throw new InvalidDataException($"The case name '{name}' is used twice (second time in {file}).");
                }
            }
        }

        return cases;
    }

    [GeneratedRegex(@"\{\{(?<name>serviceUrl|conversationId|rep|victim)\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Named();

    [GeneratedRegex(@"\{\{repeat:(?<count>\d+):(?<text>.*?)\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Repeat();

    [GeneratedRegex(@"\{\{u:(?<hex>[0-9a-fA-F]{4})\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Escape();
}
