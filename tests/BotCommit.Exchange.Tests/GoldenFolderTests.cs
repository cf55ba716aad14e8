using System.Text.Json.Nodes;
using BotCommit.Testing.Golden;

namespace BotCommit.Exchange.Tests;

/// <summary>The shared golden-file helper of BotCommit.Testing (used here and by the card tests).</summary>
public sealed class GoldenFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("botcommit-golden-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AssertMatches_SameJsonWrittenDifferently_Passes()
    {
        File.WriteAllText(Path.Combine(_directory, "same.json"), "{\"b\": [1, 2.50], \"a\": null}");

        new GoldenFolder(_directory).AssertMatches("same", JsonNode.Parse("""{"a":null,"b":[1,2.50]}"""), update: false);
    }

    [Fact]
    public void AssertMatches_Differences_FailsNamingEveryPathAndHowToUpdate()
    {
        File.WriteAllText(Path.Combine(_directory, "summary.json"), """{"week":"2026-W47","reps":[{"attainment":0.9},{"attainment":1}],"movements":[1,2],"gone":true}""");
        var actual = JsonNode.Parse("""{"week":"2026-W47","reps":[{"attainment":0.8},{"attainment":1}],"movements":[1],"new-key":"x"}""");

        var failure = Assert.Throws<GoldenMismatchException>(() => new GoldenFolder(_directory).AssertMatches("summary", actual, update: false));

        Assert.Contains("summary.json differs from the JSON built now:\n"
            + "  $.reps[0].attainment: expected 0.9, actual 0.8\n"
            + "  $.movements: expected 2 items, actual 1\n"
            + "  $.gone: missing (expected true)\n"
            + "  $['new-key']: unexpected \"x\"\n"
            + "If the change is intended, run the tests with UPDATE_GOLDEN=1", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("Built now:\n" + GoldenFolder.Format(actual), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertMatches_MissingFile_FailsUnlessUpdatingThenWritesIt()
    {
        var folder = new GoldenFolder(Path.Combine(_directory, "cards"));
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","body":[{"text":"周报 ✓"}]}""");

        var failure = Assert.Throws<GoldenMismatchException>(() => folder.AssertMatches("card", card, update: false));
        folder.AssertMatches("card", card, update: true);

        Assert.StartsWith("No golden file " + folder.PathOf("card"), failure.Message, StringComparison.Ordinal);
        Assert.Equal("{\n  \"type\": \"AdaptiveCard\",\n  \"body\": [\n    {\n      \"text\": \"周报 ✓\"\n    }\n  ]\n}\n", File.ReadAllText(folder.PathOf("card")).ReplaceLineEndings("\n"));
        folder.AssertMatches("card", card, update: false);
    }

    [Fact]
    public void AssertMatches_HandComputedFolder_IsNeverRewritten()
    {
        const string handComputed = """{"attainment":0.9}""";
        File.WriteAllText(Path.Combine(_directory, "expected.json"), handComputed);

        var failure = Assert.Throws<GoldenMismatchException>(
            () => new GoldenFolder(_directory, rewritable: false).AssertMatches("expected", JsonNode.Parse("""{"attainment":0.8}"""), update: true));

        Assert.Contains("computed by hand and is never rewritten", failure.Message, StringComparison.Ordinal);
        Assert.Equal(handComputed, File.ReadAllText(Path.Combine(_directory, "expected.json")));
    }
}
