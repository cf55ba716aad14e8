using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests.Summary;

/// <summary>
/// Golden summary cards in <c>Summary/Golden/</c> of the test project's source folder, compared with
/// <see cref="JsonNode.DeepEquals"/>. <c>UPDATE_GOLDEN=1</c> rewrites them (review the diff).
/// </summary>
internal static class SummaryGolden
{
    private static readonly JsonSerializerOptions s_pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void AssertMatches(string name, JsonNode actual)
    {
        var path = Path.Combine(SourceDirectory(), "Summary", "Golden", name + ".json");
        var text = actual.ToJsonString(s_pretty) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run the tests once with UPDATE_GOLDEN=1 and review it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}.json differs from the card built now (UPDATE_GOLDEN=1 rewrites it). Built now:\n{text}");
    }

    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCommit.Cards.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the test project directory above " + AppContext.BaseDirectory);
    }
}
