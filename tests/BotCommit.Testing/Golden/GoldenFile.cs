using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace BotCommit.Testing.Golden;

/// <summary>
/// Compares JSON (a card) with a golden file in the calling test project's source folder, with
/// <see cref="JsonNode.DeepEquals"/>. With the environment variable <c>UPDATE_GOLDEN=1</c> it rewrites the file instead
/// (review the diff).
/// </summary>
public static class GoldenFile
{
    private static readonly JsonSerializerOptions s_pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="relativePath">The file, relative to the test project's folder (e.g. <c>Golden/checkin-card.json</c>).</param>
    /// <param name="actual">What was built now.</param>
    public static void AssertMatches(string relativePath, JsonNode actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = Path.Combine(ProjectDirectory(Assembly.GetCallingAssembly()), relativePath);
        var text = actual.ToJsonString(s_pretty) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run the tests once with UPDATE_GOLDEN=1 and review it.");
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(path)), actual),
            $"{relativePath} differs from what was built now (UPDATE_GOLDEN=1 rewrites it). Built now:\n{text}");
    }

    private static string ProjectDirectory(Assembly tests)
    {
        var project = tests.GetName().Name + ".csproj";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, project)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find {project} above {AppContext.BaseDirectory}.");
    }
}
