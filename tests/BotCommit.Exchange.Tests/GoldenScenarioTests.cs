using System.Text.Json.Nodes;
using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Testing.Golden;

namespace BotCommit.Exchange.Tests;

/// <summary>
/// Runs every hand-computed scenario under Golden/ (copied next to the test assembly) through the offline summary and
/// compares the JSON with the expected file (a <see cref="GoldenFolder"/> that <c>UPDATE_GOLDEN</c> never rewrites).
/// The arithmetic of each scenario is in Golden/README.md.
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
        var folder = GoldenFolder.InProject("BotCommit.Exchange.Tests", Path.Combine("Golden", scenario), rewritable: false);
        folder.AssertMatches("expected", JsonNode.Parse(SummaryJson.Write(result.Summary!)));

        // A scenario may also hold the hand-computed accuracy history the rep cards show (accuracy.json).
        if (File.Exists(Path.Combine(directory, "accuracy.json")))
        {
            folder.AssertMatches("accuracy", AccuracyJson(week, result.Accuracy));
        }
    }

    private static JsonObject AccuracyJson(ForecastWeek week, IReadOnlyDictionary<Forecasting.Teams.RepId, Forecasting.Metrics.AccuracyHistory> accuracy)
    {
        static JsonNode? Number(decimal? value) => value is { } number ? JsonValue.Create(number) : null;
        static JsonObject Window(Forecasting.Metrics.AccuracyWindow window) => new()
        {
            ["points"] = new JsonArray([.. window.Points.Select(p => (JsonNode)new JsonObject
            {
                ["week"] = p.Week.ToString(),
                ["commit"] = p.Commit,
                ["actual"] = p.Actual,
            })]),
            ["meanAbsoluteError"] = Number(window.MeanAbsoluteError),
            ["weightedAbsoluteError"] = Number(window.WeightedAbsoluteError),
            ["meanAttainment"] = Number(window.MeanAttainment),
            ["bias"] = window.Bias.ToString(),
        };
        return new JsonObject
        {
            ["asOf"] = week.ToString(),
            ["reps"] = new JsonArray([.. accuracy.OrderBy(a => a.Key.Value, StringComparer.Ordinal).Select(a => (JsonNode)new JsonObject
            {
                ["repId"] = a.Key.Value,
                ["last4"] = Window(a.Value.Last4),
                ["last13"] = Window(a.Value.Last13),
            })]),
        };
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
}
