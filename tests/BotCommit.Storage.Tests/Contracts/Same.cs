using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>
/// Field-by-field equality for domain records holding collections (record equality compares collections by
/// reference). Amounts compare by value: 1234.5 and 1234.50 are the same money.
/// </summary>
internal static class Same
{
    public static void Submission(Submission expected, Submission? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Team, actual.Team);
        Assert.Equal(expected.Week, actual.Week);
        Assert.Equal(expected.Rep, actual.Rep);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
        Assert.Equal(expected.Late, actual.Late);
        Assert.Equal(expected.SealedAfter, actual.SealedAfter);
        Assert.Equal(expected.SkipReason, actual.SkipReason);
        Assert.Equal(expected.RepName, actual.RepName);
        Assert.Equal(expected.Deals, actual.Deals);
    }

    public static void Rep(Rep expected, Rep? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { MonthTargets = actual.MonthTargets, QuarterTargets = actual.QuarterTargets }, actual);
        Assert.Equal(Sorted(expected.MonthTargets), Sorted(actual.MonthTargets));
        Assert.Equal(Sorted(expected.QuarterTargets), Sorted(actual.QuarterTargets));
    }

    public static void Settings(TeamSettings expected, TeamSettings? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            expected with
            {
                Schedule = actual.Schedule,
                MonthTargets = actual.MonthTargets,
                QuarterTargets = actual.QuarterTargets,
                SkippedWeeks = actual.SkippedWeeks,
                HolidaysRecordedAt = actual.HolidaysRecordedAt,
                Admins = actual.Admins,
                PendingAudit = actual.PendingAudit,
            },
            actual);
        Assert.Equal(expected.PendingAudit, actual.PendingAudit);
        Assert.Equal(expected.Schedule with { Reminders = actual.Schedule.Reminders }, actual.Schedule);
        Assert.Equal(expected.Schedule.Reminders, actual.Schedule.Reminders);
        Assert.Equal(Sorted(expected.MonthTargets), Sorted(actual.MonthTargets));
        Assert.Equal(Sorted(expected.QuarterTargets), Sorted(actual.QuarterTargets));
        Assert.Equal(expected.SkippedWeeks.OrderBy(p => p.Key), actual.SkippedWeeks.OrderBy(p => p.Key));
        Assert.Equal(expected.HolidaysRecordedAt.OrderBy(p => p.Key), actual.HolidaysRecordedAt.OrderBy(p => p.Key));
        Assert.Equal(expected.Admins, actual.Admins);
    }

    private static List<KeyValuePair<string, decimal>> Sorted(IReadOnlyDictionary<string, decimal> values) =>
        values.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
}
