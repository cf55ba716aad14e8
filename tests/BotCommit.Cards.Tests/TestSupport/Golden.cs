using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests.TestSupport;

/// <summary>
/// Compares card JSON with a golden file in <c>Golden/</c> using <see cref="JsonNode.DeepEquals"/>. With the
/// environment variable <c>UPDATE_GOLDEN=1</c> it rewrites the file in the source tree instead (review the diff).
/// </summary>
internal static class Golden
{
    private static readonly JsonSerializerOptions s_pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void AssertMatches(string name, JsonNode actual)
    {
        var fileName = name + ".json";
        var text = actual.ToJsonString(s_pretty) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Golden", fileName), text);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", fileName);
        Assert.True(File.Exists(path), $"No golden file {fileName}: run the tests once with UPDATE_GOLDEN=1 and review it.");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"{fileName} differs from the card built now (UPDATE_GOLDEN=1 rewrites it). Built now:\n{text}");
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
