using System.Globalization;
using System.Text.Json;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>Walks a parsed team settings document, collecting every problem with its JSONPath (see <see cref="TeamSettingsJson"/>).</summary>
internal sealed class SettingsJsonReader(TeamId team)
{
    private static readonly string[] s_rootRequired = ["timeZone", "fiscalYearStartMonth", "currency", "deadline", "reps"];
    private static readonly string[] s_rootOptional = ["monthTargets", "quarterTargets"];
    private static readonly string[] s_repRequired = ["id"];
    private static readonly string[] s_repOptional = ["name", "active", "monthTargets", "quarterTargets", "awayUntil", "awayReason", "awayRecordedAt", "leftWeek"];

    private readonly List<JsonError> _errors = [];

    public TeamSettingsReadResult Read(JsonElement root)
    {
        var properties = Object(root, "$", s_rootRequired, s_rootOptional);
        if (properties is null)
        {
            return new TeamSettingsReadResult(null, [], _errors);
        }

        var zone = Get(properties, "timeZone", "$", String);
        if (zone is not null && !TimeZones.TryFind(zone, out _))
        {
            Fail("$.timeZone", $"\"{zone}\" is not a time zone id known on this machine; use an IANA id such as Europe/Berlin");
        }

        var fiscalStart = Get(properties, "fiscalYearStartMonth", "$", Int32);
        if (fiscalStart is not (null or (>= 1 and <= 12)))
        {
            Fail("$.fiscalYearStartMonth", string.Create(CultureInfo.InvariantCulture, $"{fiscalStart} is not a month number from 1 to 12"));
            fiscalStart = null;
        }

        var currency = Get(properties, "currency", "$", String);
        if (currency is not null && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper)))
        {
            Fail("$.currency", $"\"{currency}\" is not an ISO 4217 code of three upper-case letters such as USD");
        }

        var deadlineText = Get(properties, "deadline", "$", String);
        LocalWeeklyTime? deadline = null;
        if (deadlineText is not null)
        {
            deadline = WeeklyTimes.TryParse(deadlineText, out var parsed) ? parsed : null;
            if (deadline is null)
            {
                Fail("$.deadline", $"\"{deadlineText}\" is not a weekly time like Monday 07:00 (English day name, 24-hour HH:mm)");
            }
        }

        var monthTargets = MonthTargets(properties, "$");
        var quarterTargets = QuarterTargets(properties, "$", fiscalStart);
        var reps = Reps(properties, fiscalStart);

        if (_errors.Count > 0 || zone is null || fiscalStart is null || currency is null || deadline is null)
        {
            return new TeamSettingsReadResult(null, [], _errors);
        }

        var settings = new TeamSettings(team)
        {
            TimeZoneId = zone,
            FiscalYearStartMonth = fiscalStart.Value,
            Currency = currency,
            Schedule = WeeklySchedule.Default with { Deadline = deadline.Value },
            MonthTargets = monthTargets,
            QuarterTargets = quarterTargets,
        };
        return new TeamSettingsReadResult(settings, reps, _errors);
    }

    private List<Rep> Reps(Dictionary<string, JsonElement> root, int? fiscalStart)
    {
        var reps = new List<Rep>();
        if (!root.TryGetValue("reps", out var array))
        {
            return reps;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Fail("$.reps", "expected an array of reps");
            return reps;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.reps[{index++}]");
            var rep = ReadRep(element, path, fiscalStart);
            if (rep is null)
            {
                continue;
            }

            if (seen.TryGetValue(rep.Id.Value, out var first))
            {
                Fail(path + ".id", $"\"{rep.Id}\" already appears at {first}");
                continue;
            }

            seen.Add(rep.Id.Value, path + ".id");
            reps.Add(rep);
        }

        return reps;
    }

    private Rep? ReadRep(JsonElement element, string path, int? fiscalStart)
    {
        var properties = Object(element, path, s_repRequired, s_repOptional);
        if (properties is null)
        {
            return null;
        }

        var before = _errors.Count;
        var id = Get(properties, "id", path, String);
        if (id is not null && (string.IsNullOrWhiteSpace(id) || id.Length > RepId.MaxLength))
        {
            Fail(path + ".id", string.Create(CultureInfo.InvariantCulture, $"expected the rep's id: 1 to {RepId.MaxLength} characters, not blank"));
        }

        var name = Get(properties, "name", path, String) ?? string.Empty;
        if (name.Length > Rep.MaxDisplayNameLength)
        {
            Fail(path + ".name", string.Create(CultureInfo.InvariantCulture, $"a name has at most {Rep.MaxDisplayNameLength} characters"));
        }

        var active = Get(properties, "active", path, Bool) ?? true;
        var awayText = Get(properties, "awayUntil", path, String);
        DateOnly? awayUntil = null;
        if (awayText is not null)
        {
            awayUntil = DateOnly.TryParseExact(awayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (awayUntil is null)
            {
                Fail(path + ".awayUntil", $"\"{awayText}\" is not a date like 2026-12-31 (yyyy-MM-dd)");
            }
        }

        var awayReason = Get(properties, "awayReason", path, String);
        if (awayReason is { Length: > Rep.MaxAwayReasonLength })
        {
            Fail(path + ".awayReason", string.Create(CultureInfo.InvariantCulture, $"an away reason has at most {Rep.MaxAwayReasonLength} characters"));
        }

        var recordedText = Get(properties, "awayRecordedAt", path, String);
        DateTimeOffset? awayRecordedAt = null;
        if (recordedText is not null)
        {
            awayRecordedAt = DateTimeOffset.TryParseExact(recordedText, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                && at.Offset == TimeSpan.Zero ? at : null;
            if (awayRecordedAt is null)
            {
                Fail(path + ".awayRecordedAt", $"\"{recordedText}\" is not an ISO-8601 UTC instant like 2026-11-29T18:00:00Z");
            }
        }

        var leftText = Get(properties, "leftWeek", path, String);
        ForecastWeek? leftWeek = null;
        if (leftText is not null)
        {
            leftWeek = ForecastWeek.TryParse(leftText, out var left) ? left : null;
            if (leftWeek is null)
            {
                Fail(path + ".leftWeek", $"\"{leftText}\" is not a week like 2026-W49");
            }
        }

        var monthTargets = MonthTargets(properties, path);
        var quarterTargets = QuarterTargets(properties, path, fiscalStart);
        if (_errors.Count > before || id is null)
        {
            return null;
        }

        return new Rep(team, RepId.From(id), name)
        {
            Active = active,
            AwayUntil = awayUntil,
            AwayReason = awayReason,
            AwayRecordedAt = awayRecordedAt,
            LeftWeek = leftWeek,
            MonthTargets = monthTargets,
            QuarterTargets = quarterTargets,
        };
    }

    private Dictionary<string, decimal> MonthTargets(Dictionary<string, JsonElement> properties, string parent) =>
        Targets(properties, parent, "monthTargets", (key, path) =>
        {
            if (!YearMonth.TryParse(key, out _))
            {
                Fail(path, $"\"{key}\" is not a month like 2026-12 (yyyy-MM)");
            }
        });

    private Dictionary<string, decimal> QuarterTargets(Dictionary<string, JsonElement> properties, string parent, int? fiscalStart) =>
        Targets(properties, parent, "quarterTargets", (key, path) =>
        {
            if (!YearMonth.TryParse(key, out var month))
            {
                Fail(path, $"\"{key}\" is not a quarter's first month like 2026-10 (yyyy-MM)");
            }
            else if (fiscalStart is { } start && FiscalQuarter.Containing(month.First, start).FirstMonth != month)
            {
                var starts = string.Join(", ", Enumerable.Range(0, 4).Select(q => ((start - 1 + (3 * q)) % 12) + 1).Order().Select(m => m.ToString(CultureInfo.InvariantCulture)));
                Fail(path, $"{key} is not the first month of a fiscal quarter; with fiscalYearStartMonth {start} quarters start in months {starts}");
            }
        });

    private Dictionary<string, decimal> Targets(Dictionary<string, JsonElement> properties, string parent, string name, Action<string, string> checkKey)
    {
        var targets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (!properties.TryGetValue(name, out var element))
        {
            return targets;
        }

        var path = JsonExchange.Property(parent, name);
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail(path, "expected an object of targets keyed by month, e.g. {\"2026-12\": 1000000}");
            return targets;
        }

        foreach (var property in element.EnumerateObject())
        {
            var keyPath = JsonExchange.Property(path, property.Name);
            if (targets.ContainsKey(property.Name))
            {
                Fail(keyPath, "appears twice");
                continue;
            }

            checkKey(property.Name, keyPath);
            var amount = Decimal(property.Value, keyPath);
            if (amount is < 0m)
            {
                Fail(keyPath, "a target cannot be negative");
            }
            else if (amount is { } value)
            {
                targets[property.Name] = value;
            }
        }

        return targets;
    }

    private Dictionary<string, JsonElement>? Object(JsonElement element, string path, string[] required, string[] optional)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail(path, "expected an object");
            return null;
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonExchange.Property(path, property.Name);
            if (Array.IndexOf(required, property.Name) < 0 && Array.IndexOf(optional, property.Name) < 0)
            {
                Fail(propertyPath, "unknown property; expected " + string.Join(", ", required.Concat(optional)) + " (names are case-sensitive)");
            }
            else if (!properties.TryAdd(property.Name, property.Value))
            {
                Fail(propertyPath, "appears twice");
            }
        }

        foreach (var name in required.Where(n => !properties.ContainsKey(n)))
        {
            Fail(JsonExchange.Property(path, name), "is missing");
        }

        return properties;
    }

    private static T? Get<T>(Dictionary<string, JsonElement> properties, string name, string parent, Func<JsonElement, string, T?> read) =>
        properties.TryGetValue(name, out var element) ? read(element, JsonExchange.Property(parent, name)) : default;

    private string? String(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        Fail(path, "expected a string");
        return null;
    }

    private int? Int32(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        Fail(path, "expected a whole number");
        return null;
    }

    private bool? Bool(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Fail(path, "expected true or false");
        return null;
    }

    private decimal? Decimal(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value))
        {
            return value;
        }

        Fail(path, element.ValueKind == JsonValueKind.Number ? "is not an amount a decimal can hold" : "expected a number such as 1000000");
        return null;
    }

    private void Fail(string path, string message) => _errors.Add(new JsonError(path, message));
}
