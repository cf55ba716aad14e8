using System.Text.Json;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// The team settings JSON of domain.md ("Exchange formats"), used by the offline summary:
/// <code>
/// {"timeZone":"Europe/Berlin","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00",
///  "monthTargets":{"2026-12":1000000},"quarterTargets":{"2026-10":3000000},
///  "reps":[{"id":"…","name":"…","active":true,"monthTargets":{},"quarterTargets":{}}]}
/// </code>
/// <c>timeZone</c> (an id this machine knows, IANA preferred), <c>fiscalYearStartMonth</c> (1..12), <c>currency</c>
/// (ISO 4217), <c>deadline</c> (English day and 24-hour time, read in the team's zone) and <c>reps</c> are required;
/// targets are optional (absent = no target). Month targets are keyed <c>yyyy-MM</c>, quarter targets by the
/// quarter's first month, which must be aligned to the fiscal year. A rep needs <c>id</c>; <c>name</c> defaults to
/// empty, <c>active</c> to true; <c>awayRecordedAt</c> (ISO-8601 UTC instant: when the away period was recorded; absence counts
/// for a week only when recorded by its deadline); <c>awayUntil</c> (<c>yyyy-MM-dd</c>, away for every week whose Monday is on or before
/// it) and <c>awayReason</c> are optional extensions. Property names are case-sensitive; unknown or repeated ones are
/// errors, so a typo cannot silently drop a target. The rest of the schedule keeps <see cref="WeeklySchedule.Default"/>.
/// </summary>
public static class TeamSettingsJson
{
    /// <summary>Reads the settings and roster of <paramref name="team"/>; every problem is a <see cref="JsonError"/>, never an exception.</summary>
    public static TeamSettingsReadResult Read(string json, TeamId team)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            var error = new JsonError(exception.Path ?? "$", "invalid JSON: " + Describe(exception.Message))
            {
                Line = (exception.LineNumber ?? 0) + 1,
                Column = (exception.BytePositionInLine ?? 0) + 1,
            };
            return new TeamSettingsReadResult(null, [], [error]);
        }

        using (document)
        {
            return new SettingsJsonReader(team).Read(document.RootElement);
        }
    }

    /// <summary>Writes <paramref name="settings"/> and <paramref name="reps"/> in the format <see cref="Read"/> accepts (targets ordered by key).</summary>
    public static string Write(TeamSettings settings, IEnumerable<Rep> reps)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(reps);
        return JsonExchange.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("timeZone", settings.TimeZoneId);
            writer.WriteNumber("fiscalYearStartMonth", settings.FiscalYearStartMonth);
            writer.WriteString("currency", settings.Currency);
            writer.WriteString("deadline", WeeklyTimes.Format(settings.Schedule.Deadline));
            WriteTargets(writer, "monthTargets", settings.MonthTargets);
            WriteTargets(writer, "quarterTargets", settings.QuarterTargets);
            writer.WriteStartArray("reps");
            foreach (var rep in reps)
            {
                ArgumentNullException.ThrowIfNull(rep, nameof(reps));
                writer.WriteStartObject();
                writer.WriteString("id", rep.Id.Value);
                writer.WriteString("name", rep.DisplayName);
                writer.WriteBoolean("active", rep.Active);
                WriteTargets(writer, "monthTargets", rep.MonthTargets);
                WriteTargets(writer, "quarterTargets", rep.QuarterTargets);
                if (rep.AwayUntil is { } awayUntil)
                {
                    writer.WriteString("awayUntil", awayUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (rep.AwayReason is { } awayReason)
                {
                    writer.WriteString("awayReason", awayReason);
                }

                if (rep.AwayRecordedAt is { } recordedAt)
                {
                    writer.WriteString("awayRecordedAt", recordedAt.UtcDateTime.ToString(SubmissionColumns.InstantFormat, System.Globalization.CultureInfo.InvariantCulture));
                }

                if (rep.LeftWeek is { } leftWeek)
                {
                    writer.WriteString("leftWeek", leftWeek.ToString());
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteTargets(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, decimal> targets)
    {
        writer.WriteStartObject(name);
        foreach (var (key, amount) in targets.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(key, amount);
        }

        writer.WriteEndObject();
    }

    // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …."; the error carries those itself.
    private static string Describe(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var lineCut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0 || (lineCut >= 0 && lineCut < cut))
        {
            cut = lineCut;
        }

        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }
}
