namespace BotCommit.Forecasting.Input;

/// <summary>
/// A time zone by IANA id (<c>Europe/Berlin</c>, any case) or Windows id (<c>W. Europe Standard Time</c>), validated
/// with <see cref="TimeZoneInfo"/> and returned as the IANA id (what team settings store).
/// </summary>
public static class TimeZoneParser
{
    private static readonly Lazy<Dictionary<string, string>> KnownIanaIds = new(() =>
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

    public static bool TryParse(string text, out string ianaId)
    {
        ArgumentNullException.ThrowIfNull(text);
        ianaId = string.Empty;
        var id = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (id.Length is 0 or > 64)
        {
            return false;
        }

        if (KnownIanaIds.Value.TryGetValue(id, out var known))
        {
            ianaId = known;
            return true;
        }

        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var fromWindows) && TimeZoneInfo.TryFindSystemTimeZoneById(fromWindows, out _))
        {
            ianaId = fromWindows;
            return true;
        }

        // A Windows id in another case ("w. europe standard time"), or an IANA link the list does not show.
        var windowsIds = TimeZoneInfo.GetSystemTimeZones()
            .Select(z => TimeZoneInfo.TryConvertIanaIdToWindowsId(z.Id, out var windows) ? windows : null)
            .OfType<string>();
        var windowsMatch = windowsIds.FirstOrDefault(w => string.Equals(w, id, StringComparison.OrdinalIgnoreCase));
        if (windowsMatch is not null && TimeZoneInfo.TryConvertWindowsIdToIanaId(windowsMatch, out var converted))
        {
            ianaId = converted;
            return true;
        }

        if (id.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            ianaId = zone.Id;
            return true;
        }

        return false;
    }
}
