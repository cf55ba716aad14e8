namespace BotCommit.Forecasting.Periods;

/// <summary>
/// Turns a local wall-clock time in a zone into an instant with one DST rule: a local time that does not exist
/// (spring-forward gap) moves forward by the gap; an ambiguous one (fall-back overlap) takes the first occurrence
/// (the earlier instant, still on daylight time).
/// </summary>
public static class LocalTimeResolver
{
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // In a gap: read the wall time with the offset in force just before the gap, which lands the same
            // distance past the gap's end (02:30 in a 02:00->03:00 gap becomes 03:30).
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var instant = new DateTimeOffset(local, before);
            return TimeZoneInfo.ConvertTime(instant, zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var first = offsets.Max();
            return new DateTimeOffset(local, first);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
