using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A time zone by IANA id (<c>Europe/Berlin</c>, any case) or Windows id (<c>W. Europe Standard Time</c>), returned as the
/// IANA id (what team settings store). The lookup is the domain's <see cref="TimeZones.TryResolveName"/>.
/// </summary>
public static class TimeZoneParser
{
    public static bool TryParse(string text, out string ianaId) => TimeZones.TryResolveName(text, out ianaId);
}
