using System.Text.Json;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;
using BotCommit.Storage.Tests.Azurite;
using FsCheck;
using FsCheck.Fluent;

namespace BotCommit.Storage.Tests.Properties;

/// <summary>
/// Property: the Monday summary recomputed from snapshots stored in Azure Tables (Azurite) equals the summary computed
/// from the same snapshots in memory — money, dates, flags, carry-forward and all. Generated teams of up to 5 reps
/// with snapshots for W-2, W-1 and W (some missing, so reps are carried forward from earlier weeks).
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class StoredSummaryPropertyTests(AzuriteFixture azurite)
{
    private const int Cases = 12;
    private const ulong Seed = 20261124;

    private static readonly string[] DealIds = ["d0", "d1", "d2", "d3", "d4", "d5"];
    private static readonly ForecastCategory[] Categories =
        [ForecastCategory.Commit, ForecastCategory.Upside, ForecastCategory.Pipeline, ForecastCategory.Won, ForecastCategory.Lost];

    [Fact]
    public async Task ComputeFromStoredSnapshots_EqualsComputeFromMemory()
    {
        var scenarios = Scenario.Sample(Cases, new Rnd(Seed), 10);

        foreach (var scenario in scenarios)
        {
            var storage = await AzuriteStorage.CreateAsync(azurite);
            try
            {
                await storage.Storage.Teams.SaveAsync(scenario.Team, null, CancellationToken.None);
                foreach (var rep in scenario.Reps)
                {
                    await storage.Storage.Roster.SaveAsync(rep, null, CancellationToken.None);
                }

                foreach (var submission in scenario.Submissions)
                {
                    await storage.Storage.Submissions.SaveAsync(submission, null, CancellationToken.None);
                }

                var stored = await new ComputeWeeklySummary(storage.Storage.Teams, storage.Storage.Roster, storage.Storage.Submissions)
                    .ComputeAsync(scenario.Team.Id, scenario.Week, CancellationToken.None);

                Assert.Equal(Json(InMemory(scenario)), Json(stored!));
            }
            finally
            {
                await storage.DropTablesAsync();
            }
        }
    }

    private static WeeklySummary InMemory(Scenario scenario)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(scenario.Team.TimeZoneId);
        var inputs = scenario.Reps.Select(rep => new RepWeekInput(rep, Resolve(scenario, rep.Id, scenario.Week), Resolve(scenario, rep.Id, scenario.Week.Previous))).ToList();
        var deadline = scenario.Team.Schedule.Deadline.InstantIn(scenario.Week, zone);
        return WeeklySummaryCalculator.Compute(new SummaryInput(scenario.Team, scenario.Week, deadline, inputs));
    }

    private static Submission? Resolve(Scenario scenario, RepId rep, ForecastWeek week)
    {
        var own = scenario.Submissions.SingleOrDefault(s => s.Rep == rep && s.Week == week);
        var earlier = SnapshotResolver.NeedsEarlier(own)
            ? scenario.Submissions.Where(s => s.Rep == rep && s.Week.Monday < week.Monday).OrderByDescending(s => s.Week.Monday).FirstOrDefault()
            : null;
        return SnapshotResolver.Resolve(own, earlier, week, scenario.Team.FiscalYearStartMonth);
    }

    /// <summary>Every number and flag of the summary (the review period itself is derived from the week).</summary>
    private static string Json(WeeklySummary summary) => JsonSerializer.Serialize(new
    {
        Team = summary.Team.Value,
        Week = summary.Week.ToString(),
        summary.TeamFigures,
        Reps = summary.Reps.Select(r => new { Rep = r.Rep.Value, r.RepName, r.Figures, r.Submitted, r.Late, r.Carried, r.Away, r.AwayReason, r.NoSnapshot }),
        summary.ExpectedCount,
        summary.OnTimeCount,
        summary.Compliance,
        Movements = summary.Movements.Select(m => new { Rep = m.Rep.Value, Deal = m.Deal.Value, m.Kind, m.From, m.To, m.AmountDelta }),
    }, ValueOptions);

    /// <summary>Compares decimals by value: 12.5 read back from storage as 12.50 is the same amount.</summary>
    private static readonly JsonSerializerOptions ValueOptions = new() { Converters = { new DecimalByValueConverter() } };

    private sealed class DecimalByValueConverter : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
    }

    private sealed record Scenario(TeamSettings Team, ForecastWeek Week, IReadOnlyList<Rep> Reps, IReadOnlyList<Submission> Submissions)
    {
        private static readonly TeamId TeamIdValue = TeamId.From("19:prop@thread.tacv2");

        public static Gen<Scenario> Generator { get; } =
            from week in Gen.Elements(["2026-W45", "2026-W49", "2026-W53", "2027-W01"]).Select(ForecastWeek.Parse)
            from fiscalStart in Gen.Choose(1, 12)
            from zone in Gen.Elements(["UTC", "Pacific/Auckland", "America/Los_Angeles"])
            from monthTarget in Gen.Elements<decimal?>(null, 0m, 250_000m)
            from repCount in Gen.Choose(1, 5)
            from perRep in Gen.CollectToArray(Enumerable.Range(0, repCount), i => RepWeeks(RepId.From($"rep-{i}"), week))
            let team = new TeamSettings(TeamIdValue)
            {
                Name = "Property team",
                TimeZoneId = zone,
                FiscalYearStartMonth = fiscalStart,
                MonthTargets = monthTarget is { } t ? new Dictionary<string, decimal> { [week.Monday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)] = t } : new Dictionary<string, decimal>(),
            }
            select new Scenario(
                team,
                week,
                perRep.Select((r, i) => new Rep(TeamIdValue, RepId.From($"rep-{i}"), $"Rep \"{i}\" ✓") { AwayUntil = r.Away ? week.Monday.AddDays(3) : null }).ToList(),
                perRep.SelectMany(r => r.Submissions).ToList());

        public static Scenario[] Sample(int count, Rnd seed, int size) => Gen.Sample(Generator, count, seed, size);

        private static Gen<(bool Away, Submission[] Submissions)> RepWeeks(RepId rep, ForecastWeek week) =>
            from away in Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false)))
            from w2 in Optional(rep, week.Previous.Previous)
            from w1 in Optional(rep, week.Previous)
            from w0 in Optional(rep, week)
            select (away, new[] { w2, w1, w0 }.OfType<Submission>().ToArray());

        private static Gen<Submission?> Optional(RepId rep, ForecastWeek week) =>
            Gen.Frequency((1, Gen.Constant<Submission?>(null)), (3, Snapshot(rep, week).Select(s => (Submission?)s)));

        private static Gen<Submission> Snapshot(RepId rep, ForecastWeek week) =>
            from ids in Gen.SubListOf(DealIds)
            from deals in Gen.CollectToArray(ids, id => Deal(id, week.Monday))
            from skipped in Gen.Frequency((1, Gen.Constant(true)), (8, Gen.Constant(false)))
            from minutes in Gen.Choose(-3000, 600)
            select new Submission(TeamIdValue, week, rep, deals)
            {
                Status = skipped ? SubmissionStatus.Skipped : SubmissionStatus.Submitted,
                SkipReason = skipped ? "holiday / \"quoted\" #1" : null,
                SubmittedAt = new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero).AddMinutes(minutes),
                RepName = "Rep " + rep.Value,
            };

        private static Gen<DealForecast> Deal(string id, DateOnly monday) =>
            from category in Gen.Elements(Categories)
            from cents in Gen.Frequency((1, Gen.Constant(1L)), (1, Gen.Constant(99_999_999_999L)), (8, Gen.Choose(0, 50_000_000).Select(c => (long)c)))
            from offset in Gen.Choose(-120, 150)
            from stage in Gen.Elements(Stage.All.ToArray())
            from complete in Gen.Elements(true, false)
            from unrealized in Gen.Elements(true, false)
            select new DealForecast(DealId.From(id), "Acme / <b>GmbH</b>", "Deal [" + id + "](x) 🚀", category, cents / 100m, monday.AddDays(offset), stage)
            {
                Checklist = complete ? new CommitChecklist(true, true, true, true, true) : CommitChecklist.None,
                Unrealized = unrealized && category == ForecastCategory.Won,
                Reason = category == ForecastCategory.Commit ? "signed\nby CFO, \"verbal\"" : null,
            };
    }
}
