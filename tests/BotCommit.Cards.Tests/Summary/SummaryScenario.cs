using System.Globalization;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Summary;

/// <summary>
/// Summaries computed by the domain (<see cref="WeeklySummaryCalculator"/>) from snapshots, so every figure on the card
/// is one the domain produced. Week 2026-W51 (Monday 2026-12-14, week 2 of 4 in December, fiscal Q4 from October),
/// deadline Monday 07:00 Berlin = 06:00 UTC.
/// </summary>
internal static class SummaryScenario
{
    public static readonly TeamId Team = TeamId.From("19:sales-emea@thread.tacv2");
    public static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W51");
    public static readonly DateTimeOffset Deadline = new(2026, 12, 14, 6, 0, 0, TimeSpan.Zero);
    public static readonly RepId Alex = RepId.From("aad-alex");
    public static readonly RepId Bea = RepId.From("aad-bea");
    public static readonly RepId Chris = RepId.From("aad-chris");

    public static TeamSettings Settings { get; } = new(Team)
    {
        Name = "Sales EMEA",
        TimeZoneId = "Europe/Berlin",
        Currency = "USD",
        Culture = "en-US",
        MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 1_000_000m },
        QuarterTargets = new Dictionary<string, decimal> { ["2026-10"] = 3_000_000m },
    };

    /// <summary>
    /// Three reps: Alex on time (attainment 100 %, a soft commit with a reason, a hidden commit), Bea late (attainment
    /// 40 %, a deal pulled in and new in Commit), Chris silent (carried forward from last week).
    /// </summary>
    public static SummaryCardModel ThreeReps(bool late = false) => Model(ThreeRepInputs(), late);

    public static List<RepWeekInput> ThreeRepInputs()
    {
        var alexLast = Snapshot(Alex, Week.Previous, "Alex Wilber", SubmittedOnTime(Week.Previous),
            Deal("D-1", "Contoso Ltd", "Server refresh", ForecastCategory.Commit, 100_000m, "2026-12-09", 90, CommitChecklist.All),
            Deal("D-2", "Fabrikam", "Cloud migration", ForecastCategory.Commit, 80_000m, "2026-12-16", 90, CommitChecklist.All),
            Deal("D-3", "Northwind Traders", "Support renewal", ForecastCategory.Upside, 60_000m, "2026-12-22", 80, CommitChecklist.None));
        var alex = Snapshot(Alex, Week, "Alex Wilber", SubmittedOnTime(Week),
            Deal("D-1", "Contoso Ltd", "Server refresh", ForecastCategory.Won, 100_000m, "2026-12-09", 100, CommitChecklist.All),
            Deal("D-2", "Fabrikam", "Cloud migration", ForecastCategory.Commit, 80_000m, "2026-12-16", 70,
                new CommitChecklist(true, true, false, true, false)) with { Reason = "Customer confirmed by phone; PO expected Wednesday" },
            Deal("D-3", "Northwind Traders", "Support renewal", ForecastCategory.Upside, 60_000m, "2026-12-22", 90, CommitChecklist.None),
            Deal("D-4", "Adatum", "Data platform", ForecastCategory.Pipeline, 150_000m, "2026-12-29", 50, CommitChecklist.None));

        var beaLast = Snapshot(Bea, Week.Previous, "Bea Müller", SubmittedOnTime(Week.Previous),
            Deal("D-10", "Tailspin Toys", "Licences", ForecastCategory.Commit, 50_000m, "2026-12-10", 90, CommitChecklist.All),
            Deal("D-11", "Litware", "Security suite", ForecastCategory.Upside, 120_000m, "2027-01-15", 80, CommitChecklist.None));
        var bea = Snapshot(Bea, Week, "Bea Müller", new DateTimeOffset(2026, 12, 14, 7, 30, 0, TimeSpan.Zero),
            Deal("D-10", "Tailspin Toys", "Licences", ForecastCategory.Won, 20_000m, "2026-12-10", 100, CommitChecklist.All),
            Deal("D-11", "Litware", "Security suite", ForecastCategory.Commit, 120_000m, "2026-12-18", 90, CommitChecklist.All)) with { Late = true };

        var chrisLast = Snapshot(Chris, Week.Previous, "Chris Green", SubmittedOnTime(Week.Previous),
            Deal("D-20", "Woodgrove Bank", "Branch devices", ForecastCategory.Commit, 30_000m, "2026-12-30", 90, CommitChecklist.All));
        var chris = SnapshotResolver.Resolve(null, chrisLast, Week, 1);

        return
        [
            new RepWeekInput(new Rep(Team, Alex, "Alex Wilber") { MonthTargets = Targets("2026-12", 400_000m), QuarterTargets = Targets("2026-10", 1_200_000m) }, alex, alexLast),
            new RepWeekInput(new Rep(Team, Bea, "Bea Müller"), bea, beaLast),
            new RepWeekInput(new Rep(Team, Chris, "Chris Green") { MonthTargets = Targets("2026-12", 300_000m) }, chris, chrisLast),
        ];
    }

    /// <summary>A team of <paramref name="count"/> reps with long names, each with a full week of deals and movements.</summary>
    public static SummaryCardModel LargeTeam(int count, int nameLength = 60, Func<int, string>? name = null)
    {
        var reps = new List<RepWeekInput>();
        for (var i = 1; i <= count; i++)
        {
            var id = RepId.From("aad-rep-" + i.ToString("D4", CultureInfo.InvariantCulture));
            var repName = name?.Invoke(i) ?? LongName(i, nameLength);
            var last = Snapshot(id, Week.Previous, repName, SubmittedOnTime(Week.Previous),
                Deal("L-1", "Enterprise Customer Holding " + i, "Datacenter refresh phase one", ForecastCategory.Commit, 10_000m * i, "2026-12-10", 90, CommitChecklist.All),
                Deal("L-2", "Regional Retail Group " + i, "Store network upgrade", ForecastCategory.Upside, 5_000m * i, "2026-12-17", 70, CommitChecklist.None),
                Deal("L-3", "Municipal Utilities " + i, "Smart metering pilot", ForecastCategory.Commit, 7_500m * i, "2026-12-18", 90, CommitChecklist.All));
            var current = Snapshot(id, Week, repName, SubmittedOnTime(Week),
                Deal("L-1", "Enterprise Customer Holding " + i, "Datacenter refresh phase one", ForecastCategory.Won, 9_000m * i, "2026-12-10", 100, CommitChecklist.All),
                Deal("L-2", "Regional Retail Group " + i, "Store network upgrade", ForecastCategory.Commit, 5_000m * i, "2026-12-17", 80, CommitChecklist.None),
                Deal("L-3", "Municipal Utilities " + i, "Smart metering pilot", ForecastCategory.Upside, 7_500m * i, "2026-12-28", 90, CommitChecklist.All));
            reps.Add(new RepWeekInput(new Rep(Team, id, repName) { MonthTargets = Targets("2026-12", 50_000m * i) }, i % 7 == 0 ? null : current, last));
        }

        return Model(reps, late: false);
    }

    public static SummaryCardModel Model(IReadOnlyList<RepWeekInput> reps, bool late)
    {
        var summary = WeeklySummaryCalculator.Compute(new SummaryInput(Settings, Week, Deadline, reps));
        return new SummaryCardModel(summary, Settings.Currency)
        {
            TeamName = Settings.Name,
            Late = late,
            Deals = reps.Where(r => r.Snapshot is not null).ToDictionary(r => r.Rep.Id, r => r.Snapshot!.Deals),
            PreviousDeals = reps.Where(r => r.PreviousSnapshot is not null).ToDictionary(r => r.Rep.Id, r => r.PreviousSnapshot!.Deals),
        };
    }

    public static Submission Snapshot(RepId rep, ForecastWeek week, string name, DateTimeOffset submittedAt, params DealForecast[] deals) =>
        new(Team, week, rep, deals) { SubmittedAt = submittedAt, RepName = name };

    public static DealForecast Deal(string id, string account, string name, ForecastCategory category, decimal amount, string close, int stage, CommitChecklist checklist) =>
        new(DealId.From(id), account, name, category, amount, DateOnly.ParseExact(close, "yyyy-MM-dd", CultureInfo.InvariantCulture), Stage.From(stage))
        {
            Checklist = checklist,
        };

    public static Dictionary<string, decimal> Targets(string key, decimal amount) => new() { [key] = amount };

    private static DateTimeOffset SubmittedOnTime(ForecastWeek week) => new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero).AddHours(-6);

    private static string LongName(int i, int length)
    {
        var name = "Maximiliane " + i.ToString(CultureInfo.InvariantCulture) + " Alexandra von Oppenheimer-Wittgenstein-Hohenlohe-Schillingsfürst";
        while (name.Length < length)
        {
            name += " Junior";
        }

        return name[..length].TrimEnd();
    }
}
