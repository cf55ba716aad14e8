using System.Text.Json.Nodes;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Bot.Tests.Exchange;

/// <summary>
/// Sales ops can audit a posted summary: the weeks exported by the admin's <c>export</c> command plus the team settings,
/// fed to the offline summary, give exactly the summary the bot computes for the channel.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ExportRoundTripTests(AzuriteFixture azurite)
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:roundtrip@thread.tacv2");

    [Fact]
    public async Task ExportThenOfflineSummary_EqualsTheSummaryTheBotPosts()
    {
        await using var host = new BotHost(azurite.ConnectionString);
        var services = host.Services;
        var settings = new TeamSettings(Team)
        {
            Name = "Round trip",
            TimeZoneId = "Europe/Berlin",
            Currency = "EUR",
            MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 400_000m, ["2026-11"] = 300_000m },
            QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 1_200_000m },
        };
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(settings, null, CancellationToken.None);
        Rep[] reps =
        [
            new(Team, RepId.From("rep-ann"), "Ann \"the closer\", Jr."),
            new(Team, RepId.From("rep-bo"), "Bo 🚀") { MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 150_000m } },
            new(Team, RepId.From("rep-cy"), "Cy (carried)"),
        ];
        foreach (var rep in reps)
        {
            await services.GetRequiredService<IRosterStore>().SaveAsync(rep, null, CancellationToken.None);
        }

        var store = services.GetRequiredService<ISubmissionStore>();
        await store.SaveAsync(Snapshot(reps[0], Week.Previous, 5,
            Deal("a1", ForecastCategory.Commit, 100_000m, "2026-11-27", 90), Deal("a2", ForecastCategory.Upside, 40_000.50m, "2026-12-10", 60)), null, CancellationToken.None);
        await store.SaveAsync(Snapshot(reps[0], Week, 5,
            Deal("a1", ForecastCategory.Won, 95_000m, "2026-11-27", 100), Deal("a2", ForecastCategory.Commit, 45_000.50m, "2026-12-03", 90),
            Deal("a3", ForecastCategory.Pipeline, 12_000m, "2027-01-20", 25)), null, CancellationToken.None);
        await store.SaveAsync(Snapshot(reps[1], Week.Previous, 6, Deal("b1", ForecastCategory.Commit, 70_000m, "2026-12-04", 80)), null, CancellationToken.None);
        await store.SaveAsync(Snapshot(reps[1], Week, 9, Deal("b1", ForecastCategory.Commit, 65_000m, "2026-12-18", 90) with { Reason = "=HYPERLINK(\"x\"), signed \"soon\"" }), null, CancellationToken.None);
        await store.SaveAsync(Snapshot(reps[2], Week.Previous, 4, Deal("c1", ForecastCategory.Upside, 30_000m, "2026-12-15", 50)), null, CancellationToken.None);

        var posted = await services.GetRequiredService<ComputeWeeklySummary>().ComputeAsync(Team, Week, CancellationToken.None);
        var export = services.GetRequiredService<SubmissionsExport>();
        var csv = await ExportCsvAsync(export, settings, [Week.Previous, Week]);
        var settingsJson = TeamSettingsJson.Write(settings, reps);
        var offline = OfflineSummary.Compute(csv, settingsJson, Week);

        Assert.True(offline.Succeeded, string.Join("; ", offline.SubmissionErrors.Select(e => e.ToString()).Concat(offline.SettingsErrors.Select(e => e.ToString()))));
        var expected = JsonNode.Parse(SummaryJson.Write(posted!));
        var actual = JsonNode.Parse(SummaryJson.Write(offline.Summary!));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"posted:\n{expected}\noffline:\n{actual}");
        Assert.Contains("rep-cy", csv, StringComparison.Ordinal);
    }

    private static async Task<string> ExportCsvAsync(SubmissionsExport export, TeamSettings settings, IEnumerable<ForecastWeek> weeks)
    {
        var lines = new List<string>();
        foreach (var week in weeks)
        {
            var (_, _, parts) = await export.ExportAsync(settings, week, CancellationToken.None);
            var text = string.Concat(parts);
            var rows = text.Split('\n', 2);
            lines.Add(lines.Count == 0 ? text : rows.Length > 1 ? rows[1] : string.Empty);
        }

        return string.Concat(lines);
    }

    private static Submission Snapshot(Rep rep, ForecastWeek week, int sundayHour, params DealForecast[] deals) =>
        new(Team, week, rep.Id, deals)
        {
            SubmittedAt = new DateTimeOffset(week.Monday.AddDays(-1).ToDateTime(new TimeOnly(sundayHour, 0)), TimeSpan.Zero),
            RepName = rep.DisplayName,
        };

    private static DealForecast Deal(string id, ForecastCategory category, decimal amount, string close, int stage) =>
        new(DealId.From(id), "Acme, \"Intl\"", "Deal " + id, category, amount, DateOnly.Parse(close, System.Globalization.CultureInfo.InvariantCulture), Stage.From(stage))
        {
            Checklist = stage >= 90 ? new CommitChecklist(true, true, true, true, true) : CommitChecklist.None,
        };
}
