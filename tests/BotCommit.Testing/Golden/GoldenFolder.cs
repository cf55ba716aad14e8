using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotCommit.Testing.Golden;

/// <summary>
/// Golden JSON files in one folder of a test project's source tree, compared with what a test builds now by
/// <see cref="JsonNode.DeepEquals"/> (property order and number spelling do not matter; values, nulls and array order
/// do). A mismatch fails with every differing JSON path (<see cref="JsonDifference"/>) and the JSON built now.
/// <para>
/// With the environment variable <c>UPDATE_GOLDEN=1</c> a rewritable folder rewrites a missing or differing file
/// instead of failing (indented, non-ASCII letters as they are, LF at the end): review the diff before committing. A
/// folder of hand-computed files (<c>rewritable: false</c>) is never rewritten: when code and file disagree, someone
/// works out which is wrong.
/// </para>
/// </summary>
public sealed class GoldenFolder
{
    /// <summary>Set to <c>1</c> to rewrite golden files instead of comparing.</summary>
    public const string UpdateVariable = "UPDATE_GOLDEN";

    private static readonly JsonSerializerOptions s_written = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public GoldenFolder(string directory, bool rewritable = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = directory;
        Rewritable = rewritable;
    }

    /// <summary>The folder holding the files.</summary>
    public string Directory { get; }

    /// <summary>Whether <see cref="UpdateVariable"/> may rewrite the files.</summary>
    public bool Rewritable { get; }

    private static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// The folder <paramref name="relativeDirectory"/> of the test project <paramref name="projectName"/>, found as the
    /// directory holding <c>{projectName}.csproj</c> above the running test assembly.
    /// </summary>
    public static GoldenFolder InProject(string projectName, string relativeDirectory, bool rewritable = true)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, projectName + ".csproj")))
            {
                return new GoldenFolder(Path.Combine(directory.FullName, relativeDirectory), rewritable);
            }
        }

        throw new DirectoryNotFoundException($"No {projectName}.csproj above {AppContext.BaseDirectory}.");
    }

    /// <summary>The file of golden <paramref name="name"/> (<c>.json</c> is added).</summary>
    public string PathOf(string name) => Path.Combine(Directory, name + ".json");

    /// <summary>The JSON a golden file holds, as it is written.</summary>
    public static string Format(JsonNode? node) => (node?.ToJsonString(s_written) ?? "null") + "\n";

    /// <summary>Fails unless golden <paramref name="name"/> equals <paramref name="actual"/> (or rewrites it, see the type).</summary>
    /// <param name="name">The file's name without <c>.json</c>.</param>
    /// <param name="actual">The JSON built now.</param>
    /// <param name="update">Whether to rewrite instead of failing; null = <see cref="UpdateVariable"/> decides.</param>
    /// <exception cref="GoldenMismatchException">The file is missing or differs.</exception>
    public void AssertMatches(string name, JsonNode? actual, bool? update = null)
    {
        var path = PathOf(name);
        var exists = File.Exists(path);
        var expected = exists ? JsonNode.Parse(File.ReadAllText(path)) : null;
        if (exists && JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        if (Rewritable && (update ?? UpdateRequested))
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, Format(actual));
            return;
        }

        var howToFix = Rewritable
            ? $"If the change is intended, run the tests with {UpdateVariable}=1 to rewrite it and review the diff."
            : "The file was computed by hand and is never rewritten: work out whether the code or the file is wrong.";
        var problem = exists
            ? $"{path} differs from the JSON built now:\n  " + string.Join("\n  ", JsonDifference.Between(expected, actual))
            : $"No golden file {path}.";
        throw new GoldenMismatchException($"{problem}\n{howToFix}\nBuilt now:\n{Format(actual)}");
    }
}
