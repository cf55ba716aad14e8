using System.Globalization;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Teams;

/// <summary>A wall-clock time on a day of the week, in some zone decided by the caller (see <see cref="ScheduleClock"/>).</summary>
public readonly record struct LocalWeeklyTime(DayOfWeek Day, TimeOnly Time)
{
    /// <summary>
    /// The instant of this time in <paramref name="week"/>'s cycle (see <see cref="ForecastWeek.CycleDate"/>) read on
    /// <paramref name="zone"/>, with the DST rule of <see cref="LocalTimeResolver"/>. E.g. the default deadline of
    /// 2026-W49 is Monday 2026-11-30 07:00 in the team's zone.
    /// </summary>
    public DateTimeOffset InstantIn(ForecastWeek week, TimeZoneInfo zone) =>
        LocalTimeResolver.ToInstant(week.CycleDate(Day), Time, zone);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day} {Time:HH\\:mm}");
}
