using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// The additive amounts behind every monthly figure (index i of the per-month lists is month m+i). A team's sums are the
/// sums of its reps' sums, and every ratio is computed from sums, so team ratios are ratios of sums by construction.
/// </summary>
internal sealed record MonthlySums
{
    private static readonly decimal[] NoMonths = new decimal[MonthlyCalendar.MonthsCovered];

    public static MonthlySums Zero { get; } = new();

    public IReadOnlyList<decimal> Forecasts { get; init; } = NoMonths;

    public IReadOnlyList<decimal> Upsides { get; init; } = NoMonths;

    public IReadOnlyList<decimal> OpenByMonth { get; init; } = NoMonths;

    public decimal PreviousTwelveMonthForecast { get; init; }

    public decimal LastMonthForecast { get; init; }

    public decimal WonLastMonth { get; init; }

    public decimal VolatilityChange { get; init; }

    public decimal VolatilityBase { get; init; }

    public decimal OpenPipeline { get; init; }

    public decimal PreviousOpenPipeline { get; init; }

    public decimal StageWeightedOpen { get; init; }

    public decimal PreviousStageWeightedOpen { get; init; }

    public decimal OpenAtFiftyOrMore { get; init; }

    public decimal PreviousOpenAtFiftyOrMore { get; init; }

    /// <summary>The sums of one rep for month <paramref name="month"/> (see <see cref="RepMonthInput"/>).</summary>
    public static MonthlySums Of(YearMonth month, RepMonthInput input)
    {
        var window = MonthlyCalendar.Window(month);
        var lastMonth = month.AddMonths(-1);
        var current = input.Forecast?.Forecast;
        var previous = input.PreviousForecast?.Forecast;
        var first = input.FirstSnapshot?.Deals ?? [];
        var previousFirst = input.PreviousFirstSnapshot?.Deals ?? [];

        // Volatility compares two plans the rep made: a first forecast, or one carried for a rep who did not submit,
        // is not a change of plan and would only dilute the team's figure.
        var comparable = current is not null && previous is not null && input.Forecast!.State != MonthlyForecastState.Carried;
        var changed = window.Take(MonthlyCalendar.MonthsCovered - 1).ToArray();
        return new MonthlySums
        {
            Forecasts = [.. window.Select(m => current?.ForecastFor(m) ?? 0m)],
            Upsides = [.. window.Select(m => current?.LineFor(m)?.Upside ?? 0m)],
            OpenByMonth = [.. window.Select(m => first.Where(d => d.IsOpen && m.Contains(d.CloseDate)).Sum(d => d.Amount))],
            PreviousTwelveMonthForecast = previous?.TwelveMonthForecast ?? 0m,
            LastMonthForecast = previous?.ForecastFor(lastMonth) ?? 0m,
            WonLastMonth = WonIn(lastMonth, input),
            VolatilityChange = comparable ? changed.Sum(m => Math.Abs(current!.ForecastFor(m)!.Value - previous!.ForecastFor(m)!.Value)) : 0m,
            VolatilityBase = comparable ? changed.Sum(m => previous!.ForecastFor(m)!.Value) : 0m,
            OpenPipeline = Open(first).Sum(d => d.Amount),
            PreviousOpenPipeline = Open(previousFirst).Sum(d => d.Amount),
            StageWeightedOpen = Open(first).Sum(StageWeighted),
            PreviousStageWeightedOpen = Open(previousFirst).Sum(StageWeighted),
            OpenAtFiftyOrMore = Open(first).Where(AtFiftyOrMore).Sum(d => d.Amount),
            PreviousOpenAtFiftyOrMore = Open(previousFirst).Where(AtFiftyOrMore).Sum(d => d.Amount),
        };
    }

    public MonthlySums Add(MonthlySums other) => new()
    {
        Forecasts = AddMonths(Forecasts, other.Forecasts),
        Upsides = AddMonths(Upsides, other.Upsides),
        OpenByMonth = AddMonths(OpenByMonth, other.OpenByMonth),
        PreviousTwelveMonthForecast = PreviousTwelveMonthForecast + other.PreviousTwelveMonthForecast,
        LastMonthForecast = LastMonthForecast + other.LastMonthForecast,
        WonLastMonth = WonLastMonth + other.WonLastMonth,
        VolatilityChange = VolatilityChange + other.VolatilityChange,
        VolatilityBase = VolatilityBase + other.VolatilityBase,
        OpenPipeline = OpenPipeline + other.OpenPipeline,
        PreviousOpenPipeline = PreviousOpenPipeline + other.PreviousOpenPipeline,
        StageWeightedOpen = StageWeightedOpen + other.StageWeightedOpen,
        PreviousStageWeightedOpen = PreviousStageWeightedOpen + other.PreviousStageWeightedOpen,
        OpenAtFiftyOrMore = OpenAtFiftyOrMore + other.OpenAtFiftyOrMore,
        PreviousOpenAtFiftyOrMore = PreviousOpenAtFiftyOrMore + other.PreviousOpenAtFiftyOrMore,
    };

    /// <summary>
    /// Won with close date in <paramref name="lastMonth"/>: the deals of this month's first snapshot, plus those of m−1's
    /// last snapshot that the first one no longer holds (when m opens a fiscal quarter, the first snapshot keeps only the
    /// previous quarter's bookings of its last week). A deal in both counts once, as the later snapshot states it.
    /// </summary>
    private static decimal WonIn(YearMonth lastMonth, RepMonthInput input)
    {
        var latest = input.FirstSnapshot?.Deals ?? [];
        var ids = latest.Select(d => d.Id).ToHashSet();
        var older = (input.PreviousMonthLastSnapshot?.Deals ?? []).Where(d => !ids.Contains(d.Id));
        return latest.Concat(older)
            .Where(d => d.Category == ForecastCategory.Won && lastMonth.Contains(d.CloseDate))
            .Sum(d => d.Amount);
    }

    private static IEnumerable<DealForecast> Open(IReadOnlyList<DealForecast> deals) => deals.Where(d => d.IsOpen);

    private static decimal StageWeighted(DealForecast deal) => deal.Amount * deal.Stage.Percent / 100m;

    private static bool AtFiftyOrMore(DealForecast deal) => deal.Stage.Percent >= 50;

    private static decimal[] AddMonths(IReadOnlyList<decimal> left, IReadOnlyList<decimal> right) =>
        [.. left.Zip(right, (l, r) => l + r)];
}
