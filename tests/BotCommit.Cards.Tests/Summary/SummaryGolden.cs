using System.Text.Json.Nodes;
using BotCommit.Testing.Golden;

namespace BotCommit.Cards.Tests.Summary;

/// <summary>
/// Summary card JSON against the golden files in <c>Summary/Golden/</c> of this project's source folder
/// (<see cref="GoldenFolder"/>: <c>UPDATE_GOLDEN=1</c> rewrites them; review the diff).
/// </summary>
internal static class SummaryGolden
{
    private static readonly GoldenFolder s_folder = GoldenFolder.InProject("BotCommit.Cards.Tests", Path.Combine("Summary", "Golden"));

    public static void AssertMatches(string name, JsonNode actual) => s_folder.AssertMatches(name, actual);
}
