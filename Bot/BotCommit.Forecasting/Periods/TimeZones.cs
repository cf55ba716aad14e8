using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace BotCommit.Forecasting.Periods;

/// <summary>
/// The one place a zone id becomes a <see cref="TimeZoneInfo"/>: settings store IANA ids (<c>Europe/Berlin</c>); people
/// may type an IANA id in any case or a Windows id (<c>W. Europe Standard Time</c>), which <see cref="TryResolveName"/>
/// turns into the IANA id to store. Lookups are cached; the machine's time zone database decides what is known.
/// </summary>
public static class TimeZones
{
    /// <summary>Longest zone name accepted from people (the longest IANA id is about 32 characters).</summary>
    public const int MaxNameLength = 64;

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> s_byId = new(StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, string>> s_ianaIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            var iana = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var converted) ? converted : null;
            if (iana is not null)
            {
                ids.TryAdd(iana, iana);
            }
        }

        ids.TryAdd("UTC", "UTC");
        return ids;
    });

    private static readonly Lazy<Dictionary<string, string>> s_windowsIds = new(() =>
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            if (TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows)
                && TimeZoneInfo.TryConvertWindowsIdToIanaId(windows, out var iana))
            {
                ids.TryAdd(windows, iana);
            }
        }

        return ids;
    });

    /// <summary>The zone of a stored id (a team's or a rep's).</summary>
    /// <exception cref="TimeZoneNotFoundException">The id is not known on this machine.</exception>
    public static TimeZoneInfo Find(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"The time zone '{id}' is not known on this machine.");
    }

    /// <summary>The zone of a stored id; false for a blank or unknown id.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = string.IsNullOrWhiteSpace(id)
            ? null
            : s_byId.GetOrAdd(id, key => TimeZoneInfo.TryFindSystemTimeZoneById(key, out var found) ? found : null);
        return zone is not null;
    }

    /// <summary>The zone of a stored id, or UTC when it is unknown (for showing times; the schedule refuses such a team).</summary>
    public static TimeZoneInfo FindOrUtc(string? id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The local date at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// A zone as a person names it: an IANA id in any case (<c>europe/berlin</c>), a Windows id in any case, or an IANA
    /// link the machine's list does not show; white space runs count as one space. Gives the IANA id settings store.
    /// </summary>
    public static bool TryResolveName(string text, out string ianaId)
    {
        ArgumentNullException.ThrowIfNull(text);
        ianaId = string.Empty;
        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        if (s_ianaIds.Value.TryGetValue(name, out var known) || s_windowsIds.Value.TryGetValue(name, out known))
        {
            ianaId = known;
            return true;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var fromWindows) && TryFind(fromWindows, out _))
        {
            ianaId = fromWindows;
            return true;
        }

        if (name.Contains('/', StringComparison.Ordinal) && TryFind(name, out var zone))
        {
            ianaId = zone.Id;
            return true;
        }

        return false;
    }
}
