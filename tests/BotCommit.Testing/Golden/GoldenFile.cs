using System.Reflection;
using System.Text.Json.Nodes;

namespace BotCommit.Testing.Golden;

/// <summary>
/// One golden file addressed by its path in the calling test project (<c>Golden/checkin-card.json</c>): a shorthand for
/// <see cref="GoldenFolder"/>, which does the comparing and the rewriting (<c>UPDATE_GOLDEN=1</c>).
/// </summary>
public static class GoldenFile
{
    /// <param name="relativePath">The file, relative to the test project's folder, ending in <c>.json</c>.</param>
    /// <param name="actual">What was built now.</param>
    public static void AssertMatches(string relativePath, JsonNode actual)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        var project = Assembly.GetCallingAssembly().GetName().Name!;
        var folder = GoldenFolder.InProject(project, Path.GetDirectoryName(relativePath) ?? string.Empty);
        folder.AssertMatches(Path.GetFileNameWithoutExtension(relativePath), actual);
    }
}
