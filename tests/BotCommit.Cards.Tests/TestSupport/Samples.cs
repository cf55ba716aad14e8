using System.Globalization;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.TestSupport;

/// <summary>A rep's week: 2026-W49 (Monday 2026-11-30), deadline Monday 07:00 Berlin, three carried deals.</summary>
internal static class Samples
{
    public const decimal Ceiling = 1_000_000_000m;

    public static ForecastWeek Week { get; } = ForecastWeek.Parse("2026-W49");

    public static DateTimeOffset Deadline { get; } = new(2026, 11, 30, 7, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The deadline as people read it: unambiguous, with its zone (a locale without a team zone names the offset).</summary>
    public const string DeadlineText = "2026-11-30 07:00 UTC+01:00";

    public static RepTotals Totals { get; } = new(125_000m, 40_000.5m, 18_000m, 143_000m, 40_000.5m, 260_000m, 385_000m, 90_000m);

    public static DealForecast Commit { get; } =
        new(DealId.From("D-1042"), "Contoso Ltd", "Server refresh", ForecastCategory.Commit, 125_000m, Date("2026-12-04"), Stage.From(90))
        {
            Checklist = CommitChecklist.All,
        };

    public static DealForecast Upside { get; } =
        new(DealId.From("D-2001"), "Fabrikam", "Cloud migration", ForecastCategory.Upside, 40_000.5m, Date("2026-12-18"), Stage.From(70))
        {
            Checklist = new CommitChecklist(true, false, false, false, false),
        };

    public static DealForecast Won { get; } =
        new(DealId.From("D-3003"), "Northwind Traders", "Support renewal", ForecastCategory.Won, 18_000m, Date("2026-11-20"), Stage.From(100))
        {
            Unrealized = true,
        };

    public static IReadOnlyList<DealForecast> ThreeDeals { get; } = [Commit, Upside, Won];

    public static CheckInCardModel Model(IReadOnlyList<DealForecast>? deals = null, int cardRev = 3) =>
        new(Week, cardRev, deals ?? ThreeDeals, Totals, "USD", Deadline);

    public static CheckInParseContext Context(IReadOnlyList<DealForecast>? deals = null, int? cardRev = 3)
    {
        var next = 0;
        return new CheckInParseContext(Week, deals ?? ThreeDeals, Ceiling, () => DealId.From("N-" + (++next).ToString(CultureInfo.InvariantCulture)))
        {
            CardRev = cardRev,
        };
    }

    /// <summary>Fifty deals of every category with realistic names, deterministic.</summary>
    public static IReadOnlyList<DealForecast> FiftyDeals { get; } = [.. Enumerable.Range(1, 50).Select(Numbered)];

    public static DealForecast Numbered(int i)
    {
        var category = (ForecastCategory)((i % 5) + 1);
        var open = category is ForecastCategory.Commit or ForecastCategory.Upside or ForecastCategory.Pipeline;
        var close = open ? Week.Monday.AddDays(3 + (i * 5 % 120)) : Week.Monday.AddDays(-1 - (i % 40));
        var stage = category switch
        {
            ForecastCategory.Commit => Stage.From(90),
            ForecastCategory.Won => Stage.From(100),
            ForecastCategory.Lost => Stage.From(50),
            _ => Stage.All[i % 7],
        };
        return new DealForecast(
            DealId.From("OPP-2026-" + i.ToString("D5", CultureInfo.InvariantCulture)),
            "Customer Account Number " + i.ToString(CultureInfo.InvariantCulture) + " GmbH",
            "Datacenter refresh phase " + i.ToString(CultureInfo.InvariantCulture),
            category,
            1_000m * i + 0.5m * (i % 2),
            close,
            stage)
        {
            Checklist = category == ForecastCategory.Commit ? CommitChecklist.All : CommitChecklist.None,
            Unrealized = category == ForecastCategory.Won && i % 3 == 0,
        };
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
