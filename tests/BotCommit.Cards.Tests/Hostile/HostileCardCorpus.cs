using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BotCommit.Cards.Tests.Hostile;

/// <summary>
/// The card half of the hostile-input corpus: every <c>Hostile/Corpus/*.json</c> file holds
/// <c>{"category", "cases": [{"name", "kind", …, "expect"}]}</c>. Case names are unique across files so each case is
/// one test row. Strings may hold two tokens, expanded in the JSON text right before use so the corpus stays readable:
/// <c>{{repeat:N:text}}</c> (text N times) and <c>{{u:d800}}</c> (the JSON escape <c>\ud800</c>, the only way to write a
/// lone surrogate, which no .NET string read from the corpus could carry).
/// </summary>
internal static partial class HostileCardCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> s_cases = new(Load);

    public static IReadOnlyDictionary<string, JsonObject> Cases => s_cases.Value;

    public static TheoryData<string> Names(string kind)
    {
        var names = new TheoryData<string>();
        foreach (var (name, hostile) in Cases)
        {
            if ((string?)hostile["kind"] == kind)
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static JsonObject Case(string name) =>
        Cases.TryGetValue(name, out var hostile) ? hostile : throw new KeyNotFoundException($"No hostile case '{name}'.");

    /// <summary>Serializes <paramref name="node"/>, expands the tokens, and parses the result again.</summary>
    public static JsonNode Expand(JsonNode node) => JsonNode.Parse(ExpandText(node.ToJsonString()))!;

    /// <summary>Expands the tokens in JSON text.</summary>
    public static string ExpandText(string json)
    {
        var repeated = Repeat().Replace(json, match =>
            string.Concat(Enumerable.Repeat(match.Groups["text"].Value, int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture))));
        return Escape().Replace(repeated, match => "\\u" + match.Groups["hex"].Value);
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

    [GeneratedRegex(@"\{\{repeat:(?<count>\d+):(?<text>.*?)\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Repeat();

    [GeneratedRegex(@"\{\{u:(?<hex>[0-9a-fA-F]{4})\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex Escape();
}
