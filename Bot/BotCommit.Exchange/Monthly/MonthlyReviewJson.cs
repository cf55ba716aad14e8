using System.Globalization;
using System.Text.Json;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// The monthly review as JSON (issue #18 item 6), written like the summary JSON (<see cref="JsonExchange"/>: indented, LF,
/// numbers from <c>decimal</c> unrounded, <c>null</c> for an absent ratio or target, enums by name, reps by name
/// case-insensitively then ordinal then id, whatever the machine's culture). Fields: <c>month</c>, <c>dueWeek</c>,
/// <c>team</c> (the figures, <c>expected</c>, <c>onTime</c>, <c>compliance</c>, <c>warnings</c> with compliance's),
/// <c>reps</c> (<c>repId</c>, <c>repName</c>, <c>state</c>, <c>away</c>, <c>submittedAt</c>, <c>actionPlan</c>, the figures),
/// <c>funnel</c>, <c>topLists</c>, <c>stalledDeals</c>. The figures are every number of domain.md's monthly table
/// (<see cref="MonthlyFigures"/>, names in camelCase) with the growth bands, the twelve chart months and the warnings.
/// </summary>
public static class MonthlyReviewJson
{
    public static string Write(MonthlyReviewContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonExchange.Write(writer => Write(writer, content));
    }

    private static void Write(Utf8JsonWriter writer, MonthlyReviewContent content)
    {
        var review = content.Review;
        writer.WriteStartObject();
        writer.WriteString("month", review.Month.ToString());
        writer.WriteString("dueWeek", review.DueWeek.ToString());

        writer.WriteStartObject("team");
        WriteFigures(writer, review.TeamFigures, review.TeamWarnings);
        writer.WriteNumber("expected", review.ExpectedCount);
        writer.WriteNumber("onTime", review.OnTimeCount);
        writer.WriteNumberOrNull("compliance", review.Compliance);
        writer.WriteEndObject();

        writer.WriteStartArray("reps");
        foreach (var rep in review.Reps.OrderBy(r => r.RepName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.RepName, StringComparer.Ordinal).ThenBy(r => r.Rep.Value, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("repId", rep.Rep.Value);
            writer.WriteString("repName", rep.RepName);
            writer.WriteStringOrNull("state", rep.State?.ToString());
            writer.WriteBoolean("away", rep.Away);
            writer.WriteStringOrNull("submittedAt", rep.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            writer.WriteStringOrNull("actionPlan", rep.ActionPlan);
            WriteFigures(writer, rep.Figures, rep.Figures.Warnings);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFunnel(writer, content.Funnel);
        WriteTopLists(writer, content.TopLists);

        writer.WriteStartArray("stalledDeals");
        foreach (var stalled in content.Stalled)
        {
            var h = stalled.History;
            writer.WriteStartObject();
            writer.WriteString("repId", h.Rep.Value);
            writer.WriteString("repName", h.RepName);
            WriteDeal(writer, h.Deal);
            writer.WriteString("stageSince", h.StageSince.ToString());
            writer.WriteNumber("daysInStage", h.DaysInStage);
            writer.WriteNumber("weeksInStage", h.WeeksInStage);
            writer.WriteBoolean("runStartsHistory", h.RunStartsHistory);
            writer.WriteNumber("slipCount", h.SlipCount);
            Names(writer, "reasons", stalled.Reasons);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, MonthlyFigures f, IEnumerable<MonthlyWarning> warnings)
    {
        writer.WriteNumber("twelveMonthForecast", f.TwelveMonthForecast);
        writer.WriteNumber("twelveMonthUpside", f.TwelveMonthUpside);
        writer.WriteNumberOrNull("twelveMonthTarget", f.TwelveMonthTarget);
        writer.WriteStartArray("monthsWithoutTarget");
        foreach (var month in f.MonthsWithoutTarget)
        {
            writer.WriteStringValue(month.ToString());
        }

        writer.WriteEndArray();
        writer.WriteNumber("wonLastMonth", f.WonLastMonth);
        writer.WriteNumber("lastMonthForecast", f.LastMonthForecast);
        writer.WriteNumberOrNull("planAchievement", f.PlanAchievement);
        writer.WriteNumber("volatilityChange", f.VolatilityChange);
        writer.WriteNumber("volatilityBase", f.VolatilityBase);
        writer.WriteNumberOrNull("volatility", f.Volatility);
        writer.WriteNumber("openPipeline", f.OpenPipeline);
        writer.WriteNumber("previousOpenPipeline", f.PreviousOpenPipeline);
        writer.WriteNumberOrNull("pipelineGrowth", f.PipelineGrowth);
        writer.WriteStringOrNull("pipelineGrowthBand", f.PipelineGrowthBand?.ToString());
        writer.WriteNumber("previousTwelveMonthForecast", f.PreviousTwelveMonthForecast);
        writer.WriteNumberOrNull("forecastGrowth", f.ForecastGrowth);
        writer.WriteStringOrNull("forecastGrowthBand", f.ForecastGrowthBand?.ToString());
        writer.WriteNumber("openPipelineTwelveMonths", f.OpenPipelineTwelveMonths);
        writer.WriteNumberOrNull("pipelineCoverage", f.PipelineCoverage);
        writer.WriteNumberOrNull("meanStage", f.MeanStage);
        writer.WriteNumberOrNull("previousMeanStage", f.PreviousMeanStage);
        writer.WriteNumberOrNull("shareAtFiftyOrMore", f.ShareAtFiftyOrMore);
        writer.WriteNumberOrNull("previousShareAtFiftyOrMore", f.PreviousShareAtFiftyOrMore);
        writer.WriteStartArray("months");
        foreach (var month in f.Months)
        {
            writer.WriteStartObject();
            writer.WriteString("month", month.Month.ToString());
            writer.WriteNumber("forecast", month.Forecast);
            writer.WriteNumber("upside", month.Upside);
            writer.WriteNumberOrNull("target", month.Target);
            writer.WriteNumber("openPipeline", month.OpenPipeline);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Names(writer, "warnings", warnings);
    }

    private static void WriteFunnel(Utf8JsonWriter writer, Funnel funnel)
    {
        writer.WriteStartObject("funnel");
        writer.WriteString("week", funnel.Week.ToString());
        writer.WriteString("comparisonWeek", funnel.ComparisonWeek.ToString());
        writer.WriteStartArray("phases");
        foreach (var phase in funnel.Phases)
        {
            writer.WriteStartObject();
            writer.WriteString("phase", phase.Phase.ToString());
            writer.WriteNumber("count", phase.Count);
            writer.WriteNumber("amount", phase.Amount);
            writer.WriteNumber("previousCount", phase.PreviousCount);
            writer.WriteNumber("previousAmount", phase.PreviousAmount);
            writer.WriteNumberOrNull("countGrowth", phase.CountGrowth);
            writer.WriteNumberOrNull("amountGrowth", phase.AmountGrowth);
            writer.WriteBoolean("belowExpectedGrowth", phase.BelowExpectedGrowth);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTopLists(Utf8JsonWriter writer, TopLists lists)
    {
        writer.WriteStartObject("topLists");
        writer.WriteString("week", lists.Week.ToString());
        foreach (var kind in new[] { TopListKind.BookedThisMonth, TopListKind.Closing, TopListKind.BestFew })
        {
            writer.WriteStartArray(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
            foreach (var deal in lists[kind])
            {
                writer.WriteStartObject();
                writer.WriteString("repId", deal.Rep.Value);
                writer.WriteString("repName", deal.RepName);
                writer.WriteString("dealId", deal.Deal.Value);
                writer.WriteString("account", deal.Account);
                writer.WriteString("name", deal.Name);
                writer.WriteString("category", deal.Category.ToString());
                writer.WriteNumber("amount", deal.Amount);
                writer.WriteString("closeDate", deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteNumber("stage", deal.Stage.Percent);
                writer.WriteNumber("weeksInList", deal.WeeksInList);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteDeal(Utf8JsonWriter writer, DealForecast deal)
    {
        writer.WriteString("dealId", deal.Id.Value);
        writer.WriteString("account", deal.Account);
        writer.WriteString("name", deal.Name);
        writer.WriteString("category", deal.Category.ToString());
        writer.WriteNumber("amount", deal.Amount);
        writer.WriteString("closeDate", deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteNumber("stage", deal.Stage.Percent);
    }

    private static void Names<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values)
        where T : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value.ToString());
        }

        writer.WriteEndArray();
    }
}
