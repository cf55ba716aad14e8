using System.Text.Json;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>
/// The summary JSON of domain.md ("Exchange formats"):
/// <c>{"week":"2026-W49","team":{…figures…,"compliance":…},"reps":[{"repId","repName","submitted","late","carried","away",…figures…}],
/// "movements":[{"repId","dealId","kind","from","to","amountDelta"}]}</c>. Figures are named as in
/// <see cref="FigureNames"/>; amounts are JSON numbers written from the decimal (no float rounding), ratios the
/// unrounded decimal fraction, and <c>null</c> where the base is zero or a target is missing. Reps are ordered by name
/// (case-insensitive, then ordinal) then id; movements as <see cref="DealMovementCalculator"/> orders them; kinds are
/// <see cref="MovementKind"/> names. Indented by two spaces with LF line ends; non-ASCII letters are written as they are (emoji as <c>\u</c> escapes).
/// </summary>
public static class SummaryJson
{
    /// <summary>The figure names, in the order they are written.</summary>
    public static IReadOnlyList<string> FigureNames { get; } = Array.AsReadOnly(FigureColumn.All.Select(f => f.Name).ToArray());

    public static string Write(WeeklySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonExchange.Write(writer => Write(writer, summary));
    }

    public static void Write(Utf8JsonWriter writer, WeeklySummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteStartObject();
        writer.WriteString("week", summary.Week.ToString());

        writer.WriteStartObject("team");
        WriteFigures(writer, summary.TeamFigures);
        writer.WriteNumberOrNull("compliance", summary.Compliance);
        writer.WriteEndObject();

        writer.WriteStartArray("reps");
        foreach (var rep in SummaryText.OrderedReps(summary))
        {
            writer.WriteStartObject();
            writer.WriteString("repId", rep.Rep.Value);
            writer.WriteString("repName", rep.RepName);
            writer.WriteBoolean("submitted", rep.Submitted);
            writer.WriteBoolean("late", rep.Late);
            writer.WriteBoolean("carried", rep.Carried);
            writer.WriteBoolean("away", rep.Away);
            // Beyond domain.md's four flags, written only when set (so summaries without them read as before).
            if (rep.SkippedLate)
            {
                writer.WriteBoolean("skippedLate", true);
            }

            if (rep.Left)
            {
                writer.WriteBoolean("left", true);
            }

            WriteFigures(writer, rep.Figures);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("movements");
        foreach (var movement in summary.Movements)
        {
            writer.WriteStartObject();
            writer.WriteString("repId", movement.Rep.Value);
            writer.WriteString("dealId", movement.Deal.Value);
            writer.WriteString("kind", movement.Kind.ToString());
            writer.WriteString("from", movement.From);
            writer.WriteString("to", movement.To);
            writer.WriteNumber("amountDelta", movement.AmountDelta);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // The team's unassigned pipeline (leavers' open deals nobody holds yet), only when there is any.
        if (summary.Unassigned.Count > 0)
        {
            writer.WriteStartArray("unassigned");
            foreach (var item in summary.Unassigned)
            {
                writer.WriteStartObject();
                writer.WriteString("repId", item.From.Value);
                writer.WriteString("dealId", item.Deal.Id.Value);
                writer.WriteString("category", item.Deal.Category.ToString());
                writer.WriteNumber("amount", item.Deal.Amount);
                writer.WriteString("closeDate", item.Deal.CloseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter writer, SummaryFigures figures)
    {
        foreach (var column in FigureColumn.All)
        {
            writer.WriteNumberOrNull(column.Name, column.Value(figures));
        }
    }
}
