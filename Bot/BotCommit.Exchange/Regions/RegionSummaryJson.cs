using System.Globalization;
using System.Text.Json;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Exchange.Regions;

/// <summary>
/// A region's summary as JSON: <c>{"region","week","month","quarter","line":{…},"children":[{…}],"biggestJudgements":[…]}</c>.
/// A line holds the node, its state, the roll-up, the call and the judgement (six figures each), who called and when,
/// the call of record's changes and moved deals with their notes, the revisions, last week's call and attainment,
/// targets and ratios, coverage, the reps' and managers' compliance and each manager's judgement value. Amounts are
/// written from the decimal, ratios are unrounded fractions and <c>null</c> where the summary has none; children in the
/// summary's order. Written as every exchange JSON (<see cref="JsonExchange"/>).
/// </summary>
public static class RegionSummaryJson
{
    public static string Write(RegionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonExchange.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("region", summary.Region.Node.Id.Value);
            writer.WriteString("week", summary.Week.ToString());
            writer.WriteString("month", summary.Period.Month.ToString());
            writer.WriteString("quarter", summary.Period.Quarter.Key);
            writer.WritePropertyName("line");
            WriteLine(writer, summary.Region);
            writer.WriteStartArray("children");
            foreach (var child in summary.Children)
            {
                WriteLine(writer, child);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("biggestJudgements");
            foreach (var change in summary.BiggestJudgements)
            {
                writer.WriteStartObject();
                writer.WriteString("node", change.Node.Value);
                writer.WriteString("figure", change.Figure.ToString());
                writer.WriteNumber("rollUp", change.RollUp);
                writer.WriteNumber("call", change.Call);
                WriteStrings(writer, "notes", change.Notes);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteLine(Utf8JsonWriter writer, RegionLine line)
    {
        writer.WriteStartObject();
        writer.WriteString("node", line.Node.Id.Value);
        writer.WriteString("name", line.Node.Name);
        writer.WriteString("kind", line.Node.Kind.ToString());
        writer.WriteString("state", line.State.ToString());
        WriteFigures(writer, "rollUp", line.RollUp);
        WriteFigures(writer, "call", line.Call);
        WriteFigures(writer, "judgement", line.Judgement);
        writer.WriteStringOrNull("calledBy", line.CalledBy?.Value);
        writer.WriteStringOrNull("calledAt", line.CalledAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        writer.WritePropertyName("record");
        WriteCall(writer, line.Record);
        writer.WriteStartArray("revisions");
        foreach (var revision in line.Revisions)
        {
            WriteCall(writer, revision);
        }

        writer.WriteEndArray();
        if (line.LatestRevision is { } latest)
        {
            WriteFigures(writer, "latestRevision", latest);
        }
        else
        {
            writer.WriteNull("latestRevision");
        }

        writer.WriteNumber("lastWeekActual", line.LastWeekActual);
        writer.WriteNumberOrNull("lastWeekCall", line.LastWeekCall);
        writer.WriteBoolean("lastWeekNoCall", line.LastWeekNoCall);
        writer.WriteNumberOrNull("callAttainment", line.CallAttainment);
        writer.WriteBoolean("callAttainmentOutsideBand", line.CallAttainmentOutsideBand);
        writer.WriteNumberOrNull("lastWeekRollUp", line.LastWeekRollUp);
        writer.WriteNumberOrNull("rollUpAttainment", line.RollUpAttainment);
        writer.WriteNumberOrNull("monthTarget", line.MonthTarget);
        writer.WriteNumberOrNull("quarterTarget", line.QuarterTarget);
        writer.WriteNumberOrNull("monthForecastToTarget", line.MonthForecastToTarget);
        writer.WriteNumberOrNull("quarterForecastToTarget", line.QuarterForecastToTarget);
        writer.WriteNumberOrNull("rollUpMonthForecastToTarget", line.RollUpMonthForecastToTarget);
        writer.WriteNumberOrNull("rollUpQuarterForecastToTarget", line.RollUpQuarterForecastToTarget);
        writer.WriteNumber("openPipelineRestOfQuarter", line.OpenPipelineRestOfQuarter);
        writer.WriteNumber("wonInQuarter", line.WonInQuarter);
        writer.WriteNumberOrNull("pipelineCoverage", line.PipelineCoverage);
        writer.WriteNumber("repsExpected", line.RepsExpected);
        writer.WriteNumber("repsOnTime", line.RepsOnTime);
        writer.WriteNumberOrNull("repCompliance", line.RepCompliance);
        writer.WriteNumber("callsExpected", line.CallsExpected);
        writer.WriteNumber("callsMade", line.CallsMade);
        writer.WriteNumberOrNull("managerCompliance", line.ManagerCompliance);
        writer.WriteStartArray("managers");
        foreach (var manager in line.Managers)
        {
            writer.WriteStartObject();
            writer.WriteString("manager", manager.Manager.Value);
            writer.WriteNumberOrNull("judgementValue", manager.Judgement.Value);
            writer.WriteString("verdict", manager.Judgement.Verdict.ToString());
            writer.WriteNumber("weeksMeasured", manager.Judgement.Points.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCall(Utf8JsonWriter writer, CallSubmission? call)
    {
        if (call is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("submitter", call.Submitter.Value);
        writer.WriteString("submittedAt", call.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        writer.WriteStartArray("changes");
        foreach (var change in call.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("figure", change.Figure.ToString());
            writer.WriteNumber("value", change.Value);
            writer.WriteString("note", change.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("moves");
        foreach (var move in call.Moves)
        {
            writer.WriteStartObject();
            writer.WriteString("team", move.Team.Value);
            writer.WriteString("rep", move.Rep.Value);
            writer.WriteString("deal", move.Deal.Value);
            writer.WriteString("account", move.Account);
            writer.WriteString("name", move.Name);
            writer.WriteString("from", move.From.ToString());
            writer.WriteString("to", move.To.ToString());
            writer.WriteNumber("amount", move.Amount);
            writer.WriteString("note", move.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, string name, CallFigures figures)
    {
        writer.WriteStartObject(name);
        foreach (var figure in CallFigures.All)
        {
            writer.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(figure.ToString()), figures[figure]);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
