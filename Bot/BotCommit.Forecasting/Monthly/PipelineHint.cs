using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>
/// What the rep's pipeline holds for one month, shown beside the month on the monthly card as a hint: Commit, Upside and
/// Pipeline with close dates in it (domain.md), and — beyond domain.md, so the rep sees what already counts — Won with a
/// close date in it (in month m, what was booked before its first Monday).
/// </summary>
public sealed record PipelineHint(decimal Commit, decimal Upside, decimal Pipeline, decimal Won)
{
    public static PipelineHint None { get; } = new(0m, 0m, 0m, 0m);

    /// <summary>Commit + Upside + Pipeline.</summary>
    public decimal Open => Commit + Upside + Pipeline;

    /// <summary>The hint for <paramref name="month"/> from a snapshot's (or the pipeline's) deals.</summary>
    public static PipelineHint For(YearMonth month, IEnumerable<DealForecast> deals)
    {
        ArgumentNullException.ThrowIfNull(deals);
        decimal commit = 0m, upside = 0m, pipeline = 0m, won = 0m;
        foreach (var deal in deals.Where(d => month.Contains(d.CloseDate)))
        {
            switch (deal.Category)
            {
                case ForecastCategory.Commit:
                    commit += deal.Amount;
                    break;
                case ForecastCategory.Upside:
                    upside += deal.Amount;
                    break;
                case ForecastCategory.Pipeline:
                    pipeline += deal.Amount;
                    break;
                case ForecastCategory.Won:
                    won += deal.Amount;
                    break;
                default:
                    break;
            }
        }

        return new PipelineHint(commit, upside, pipeline, won);
    }
}
