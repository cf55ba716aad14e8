using System.Text.Json.Nodes;
using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Exchange.Tests;

/// <summary>
/// Runs every hand-computed scenario under Golden/ (copied next to the test assembly) through the offline summary and
/// compares the JSON with the expected file. The arithmetic of each scenario is in Golden/README.md.
/// </summary>
public class GoldenScenarioTests
{
    private static readonly string s_root = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Scenarios() => new(ScenarioNames());

    private static IEnumerable<string> ScenarioNames() =>
        Directory.GetDirectories(s_root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Compute_GoldenScenario_MatchesHandComputedJson(string scenario)
    {
        var directory = Path.Combine(s_root, scenario);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")))!;
        var week = ForecastWeek.Parse(expected["week"]!.GetValue<string>());

        var result = OfflineSummary.Compute(
            File.ReadAllText(Path.Combine(directory, "submissions.csv")),
            File.ReadAllText(Path.Combine(directory, "settings.json")),
            week);

        Assert.True(result.Succeeded, string.Join("; ", result.SubmissionErrors.Select(e => e.ToString()).Concat(result.SettingsErrors.Select(e => e.ToString()))));
        var actualText = SummaryJson.Write(result.Summary!);
        var actual = JsonNode.Parse(actualText);
        Assert.True(JsonNode.DeepEquals(expected, actual), Difference(expected, actual!) + "\nactual:\n" + actualText);
    }

    [Fact]
    public void Scenarios_CoverTheBriefAndAreExplained_EachHasFilesAndAReadmeEntry()
    {
        var readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        var names = ScenarioNames().ToList();

        Assert.True(names.Count >= 10, $"only {names.Count} scenarios");
        Assert.All(names, name =>
        {
            Assert.Contains($"**{name}**", readme, StringComparison.Ordinal);
            Assert.All(new[] { "submissions.csv", "settings.json", "expected.json" }, file => Assert.True(File.Exists(Path.Combine(s_root, name, file)), $"{name}/{file}"));
        });
    }

    /// <summary>The first differing JSON path, so a failure says which figure is wrong.</summary>
    private static string Difference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!JsonNode.DeepEquals(e[key], a[key]))
                    {
                        return Difference(e[key], a[key], path + "." + key);
                    }
                }

                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    if (!JsonNode.DeepEquals(e[i], a[i]))
                    {
                        return Difference(e[i], a[i], $"{path}[{i}]");
                    }
                }

                break;
        }

        return $"{path}: expected {expected?.ToJsonString() ?? "null"}, actual {actual?.ToJsonString() ?? "null"}";
    }
}
