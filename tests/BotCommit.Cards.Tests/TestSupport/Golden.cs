using System.Text.Json.Nodes;
using BotCommit.Testing.Golden;

namespace BotCommit.Cards.Tests.TestSupport;

/// <summary>
/// Card JSON against the golden files in <c>Golden/</c> of this project's source folder (<see cref="GoldenFolder"/>:
/// <c>UPDATE_GOLDEN=1</c> rewrites them; review the diff).
/// </summary>
internal static class Golden
{
    private static readonly GoldenFolder s_folder = GoldenFolder.InProject("BotCommit.Cards.Tests", "Golden");

    public static void AssertMatches(string name, JsonNode actual) => s_folder.AssertMatches(name, actual);
}
