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
        var csv = string.Concat((await export.ExportAsync(settings, Week, CancellationToken.None)).Parts); // W-1 and W
        var settingsJson = TeamSettingsJson.Write(settings, reps);
        var offline = OfflineSummary.Compute(csv, settingsJson, Week);

        Assert.True(offline.Succeeded, string.Join("; ", offline.SubmissionErrors.Select(e => e.ToString()).Concat(offline.SettingsErrors.Select(e => e.ToString()))));
        var expected = JsonNode.Parse(SummaryJson.Write(posted!));
        var actual = JsonNode.Parse(SummaryJson.Write(offline.Summary!));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"posted:\n{expected}\noffline:\n{actual}");
        Assert.Contains("rep-cy", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralWeeks_EveryRepState_TheExportOfEachWeekReproducesItsPostedSummary_FieldByField()
    {
        // Berlin team, deadline Monday 07:00 local, summary 08:00. Weeks 2026-W47..W49 (Mondays 11-16, 11-23, 11-30; CET:
        // deadline 06:00Z, summary 07:00Z). Every state of a rep's week, each recorded through the use cases at its instant.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 18, 0, 0, TimeSpan.Zero));
        await using var host = new BotHost(azurite.ConnectionString, clock: clock);
        var services = host.Services;
        var settings = new TeamSettings(Team) { Name = "Weeks", TimeZoneId = "Europe/Berlin", Currency = "EUR" };
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(settings, null, CancellationToken.None);
        Rep Member(string id) => new(Team, RepId.From(id), id.ToUpperInvariant());
        Rep[] reps = [Member("ann"), Member("bo"), Member("cy"), Member("di"), Member("ed"), Member("fay")];
        var roster = services.GetRequiredService<IRosterStore>();
        foreach (var rep in reps)
        {
            await roster.SaveAsync(rep, null, CancellationToken.None);
        }

        var record = services.GetRequiredService<Forecasting.CheckIn.RecordSubmission>();
        var prepare = services.GetRequiredService<Forecasting.CheckIn.PrepareCheckIn>();
        var absence = services.GetRequiredService<Forecasting.CheckIn.RecordAbsence>();
        var w47 = ForecastWeek.Parse("2026-W47");
        var w48 = w47.Next;
        var w49 = w48.Next;
        async Task SubmitAsync(int repIndex, ForecastWeek week, DateTimeOffset at, params DealForecast[] deals)
        {
            clock.SetUtcNow(at);
            await record.RecordAsync(settings, new Submission(Team, week, reps[repIndex].Id, deals) { RepName = reps[repIndex].DisplayName }, CancellationToken.None);
        }

        async Task SkipAsync(int repIndex, ForecastWeek week, DateTimeOffset at)
        {
            clock.SetUtcNow(at);
            var view = await prepare.ForAsync(settings, reps[repIndex], week, CancellationToken.None);
            await absence.SkipAsync(view, "trade fair", CancellationToken.None);
        }

        DateTimeOffset Sunday(ForecastWeek week) => new(week.Monday.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);

        // W47: everyone but Ed submits on time.
        await SubmitAsync(0, w47, Sunday(w47), Deal("a1", ForecastCategory.Commit, 100_000m, "2026-11-26", 90));
        await SubmitAsync(1, w47, Sunday(w47), Deal("b1", ForecastCategory.Commit, 50_000m, "2026-11-25", 90));
        await SubmitAsync(2, w47, Sunday(w47), Deal("c1", ForecastCategory.Commit, 30_000m, "2026-11-24", 90));
        await SubmitAsync(3, w47, Sunday(w47), Deal("d1", ForecastCategory.Upside, 20_000m, "2026-12-10", 60));
        await SubmitAsync(5, w47, Sunday(w47), Deal("f1", ForecastCategory.Commit, 25_000m, "2026-11-20", 90));
        // W48: Ann on time; Di skips in time; Cy is silent from W48 on (carried).
        await SubmitAsync(0, w48, Sunday(w48), Deal("a1", ForecastCategory.Commit, 100_000m, "2026-11-26", 90));
        await SkipAsync(3, w48, Sunday(w48));
        // Fay's last week: f1 booked, f2 committed, f3 in her pipeline. She is removed on Tuesday (leaving week W49) and
        // f2 goes to Ann (same id); f3 is reassigned to nobody: the team's unassigned pipeline.
        await SubmitAsync(5, w48, Sunday(w48), Deal("f1", ForecastCategory.Won, 25_000m, "2026-11-20", 100),
            Deal("f2", ForecastCategory.Commit, 40_000m, "2026-12-03", 90), Deal("f3", ForecastCategory.Pipeline, 15_000m, "2027-02-10", 25));
        // Bo submits late (after the deadline, before the summary): the late record.
        await SubmitAsync(1, w48, new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero), Deal("b1", ForecastCategory.Won, 50_000m, "2026-11-25", 100));
        // On Friday Ann moves a1 to Upside: a revision, W48's record keeps the commit.
        await SubmitAsync(0, w48, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), Deal("a1", ForecastCategory.Upside, 100_000m, "2026-11-26", 90));
        // W49: Ann and Bo on time; Di skips after the deadline, before the summary (late skip); Ed is away, recorded in time.
        var fay = (await roster.GetAsync(Team, reps[5].Id, CancellationToken.None))!;
        await roster.SaveAsync(Forecasting.Scheduling.LeavingWeek.Remove(settings, fay.Value, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), fay.Version, CancellationToken.None);
        await SubmitAsync(0, w49, Sunday(w49), Deal("a1", ForecastCategory.Won, 90_000m, "2026-11-26", 100), Deal("f2", ForecastCategory.Commit, 40_000m, "2026-12-03", 90));
        await SubmitAsync(1, w49, Sunday(w49), Deal("b2", ForecastCategory.Commit, 10_000m, "2026-12-02", 90));
        await SkipAsync(3, w49, new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero));
        var ed = (await roster.GetAsync(Team, reps[4].Id, CancellationToken.None))!;
        await roster.SaveAsync(ed.Value with { AwayUntil = new DateOnly(2026, 12, 6), AwayReason = "leave", AwayRecordedAt = Sunday(w49) }, ed.Version, CancellationToken.None);

        var export = services.GetRequiredService<SubmissionsExport>();
        var compose = services.GetRequiredService<Forecasting.Summary.ComposeWeeklySummary>();
        var rosterNow = await roster.ListAsync(Team, CancellationToken.None);
        foreach (var week in new[] { w48, w49 })
        {
            var posted = (await compose.ComposeAsync(settings, week, late: false, CancellationToken.None)).Summary;
            var csv = string.Concat((await export.ExportAsync(settings, week, CancellationToken.None)).Parts);
            var offline = OfflineSummary.Compute(csv, TeamSettingsJson.Write(settings, rosterNow), week);

            Assert.True(offline.Succeeded, string.Join("; ", offline.SubmissionErrors.Select(e => e.ToString()).Concat(offline.SettingsErrors.Select(e => e.ToString()))));
            var expected = JsonNode.Parse(SummaryJson.Write(posted))!;
            var actual = JsonNode.Parse(SummaryJson.Write(offline.Summary!))!;
            var differences = Differences(expected, actual, "$").ToList();
            Assert.True(differences.Count == 0, $"{week}: " + string.Join("; ", differences));
            Assert.Equal(posted.Reps.Select(r => r.SkippedLate), offline.Summary!.Reps.Select(r => r.SkippedLate));
        }

        var w48Summary = (await compose.ComposeAsync(settings, w48, late: false, CancellationToken.None)).Summary;
        var w49Summary = (await compose.ComposeAsync(settings, w49, late: false, CancellationToken.None)).Summary;
        Assert.Equal(100_000m, RepSummaryOf(w49Summary, "ann").Figures.LastWeekCommit); // the record, not the revision
        Assert.True(RepSummaryOf(w48Summary, "bo").Late);
        Assert.True(RepSummaryOf(w49Summary, "cy").Carried);
        Assert.True(RepSummaryOf(w48Summary, "di").Away);
        Assert.True(RepSummaryOf(w49Summary, "di").SkippedLate);
        Assert.False(RepSummaryOf(w49Summary, "di").Away);
        Assert.True(RepSummaryOf(w49Summary, "ed").Away);
        Assert.False(RepSummaryOf(w48Summary, "fay").Left); // the weeks before she left are unchanged
        Assert.True(RepSummaryOf(w49Summary, "fay").Left);
        Assert.Equal(25_000m, RepSummaryOf(w48Summary, "fay").Figures.LastWeekActual);
        Assert.Equal(25_000m, RepSummaryOf(w49Summary, "fay").Figures.QuarterForecast); // her booking stays in the quarter
        Assert.Equal(["f3"], w49Summary.Unassigned.Select(u => u.Deal.Id.Value));
        Assert.Contains(w49Summary.Movements, m => m is { Kind: Forecasting.Metrics.MovementKind.ReassignedFrom, From: "fay" } && m.Deal.Value == "f2");
        Assert.DoesNotContain(w49Summary.Movements, m => m.Kind == Forecasting.Metrics.MovementKind.NewInCommit && m.Deal.Value == "f2");
        Assert.Contains(",revision", string.Concat((await export.ExportAsync(settings, w49, CancellationToken.None)).Parts), StringComparison.Ordinal);
    }

    /// <summary>Every path where the two JSON documents differ, field by field.</summary>
    private static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    foreach (var difference in Differences(e[key], a[key], path + "." + key))
                    {
                        yield return difference;
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    foreach (var difference in Differences(i < e.Count ? e[i] : null, i < a.Count ? a[i] : null, $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: posted {expected?.ToJsonString() ?? "null"}, offline {actual?.ToJsonString() ?? "null"}";
                }

                break;
        }
    }

    private static Forecasting.Metrics.RepSummary RepSummaryOf(Forecasting.Metrics.WeeklySummary summary, string rep) =>
        summary.Reps.Single(r => r.Rep.Value == rep);

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
