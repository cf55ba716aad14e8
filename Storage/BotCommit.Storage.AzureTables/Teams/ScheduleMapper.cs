using System.Globalization;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Teams;

/// <summary>Maps <see cref="WeeklySchedule"/> to and from its JSON column.</summary>
internal static class ScheduleMapper
{
    private const string TimeFormat = "HH:mm:ss.fffffff";

    public static string ToJson(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var document = new ScheduleDocument(
            ToDocument(schedule.Nudge),
            schedule.Reminders.Select(r => new ReminderDocument(ToDocument(r.At), CheckClock(r.Clock).ToString())).ToList(),
            ToDocument(schedule.Deadline),
            ToDocument(schedule.Summary),
            ToDocument(schedule.Call));
        return JsonColumn.Write(document, StorageJsonContext.Default.ScheduleDocument);
    }

    public static WeeklySchedule FromJson(string? json, string column)
    {
        if (json is null)
        {
            return WeeklySchedule.Default;
        }

        var document = JsonColumn.Read(json, column, StorageJsonContext.Default.ScheduleDocument);
        if (document.Reminders is null)
        {
            throw InvariantText.Corrupt(column, json);
        }

        return new WeeklySchedule
        {
            Nudge = FromDocument(document.Nudge, column),
            Reminders = document.Reminders
                .Select(r => new ScheduledReminder(FromDocument(r.At, column), InvariantText.ToEnum<ScheduleClock>(r.Clock, column)))
                .ToList(),
            Deadline = FromDocument(document.Deadline, column),
            Summary = FromDocument(document.Summary, column),
            Call = FromDocument(document.Call, column),
        };
    }

    private static WeeklyTimeDocument ToDocument(LocalWeeklyTime time)
    {
        if (!Enum.IsDefined(time.Day))
        {
            throw new ArgumentException($"'{time.Day}' is not a day of the week.", nameof(time));
        }

        return new WeeklyTimeDocument(time.Day.ToString(), time.Time.ToString(TimeFormat, CultureInfo.InvariantCulture));
    }

    private static LocalWeeklyTime FromDocument(WeeklyTimeDocument? document, string column)
    {
        if (document is null
            || !Enum.TryParse<DayOfWeek>(document.Day, ignoreCase: false, out var day)
            || !Enum.IsDefined(day)
            || document.Day.Any(char.IsAsciiDigit)
            || !TimeOnly.TryParseExact(document.Time, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw InvariantText.Corrupt(column, document?.ToString());
        }

        return new LocalWeeklyTime(day, time);
    }

    private static ScheduleClock CheckClock(ScheduleClock clock) =>
        Enum.IsDefined(clock) && clock != ScheduleClock.Unknown
            ? clock
            : throw new ArgumentException($"'{clock}' is not a schedule clock.", nameof(clock));
}
