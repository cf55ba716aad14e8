using BotCommit.Forecasting.Deals;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>A rep's pipeline for the fault tests: d1 Contoso (Commit, 100,000.00) and d2 Fabrikam (Upside, 50,000.00).</summary>
internal static class SampleDeals
{
    public const long D1Minor = 10_000_000;
    public const long D2Minor = 5_000_000;

    public static IReadOnlyList<DealForecast> Two =>
    [
        new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90))
        {
            Checklist = new CommitChecklist(true, true, true, true, true),
        },
        new DealForecast(DealId.From("d2"), "Fabrikam", "Expansion", ForecastCategory.Upside, 50_000m, new DateOnly(2026, 12, 18), Stage.From(60)),
    ];
}
