using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests;

/// <summary>
/// Compact test data. A deal list is written "id Category amount yyyy-MM-dd [sNN] [ok] [u]; ..." where sNN is the
/// stage (default 50), ok ticks all five checklist items and u flags a Won deal unrealized.
/// </summary>
internal static class Given
{
    public static readonly TeamId Team = TeamId.From("team-1");

    public static readonly RepId RepA = RepId.From("rep-a");

    public static ForecastWeek Week(string isoName) => ForecastWeek.Parse(isoName);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal? Number(string text) =>
        text == "null" ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DealForecast[] Deals(string spec) =>
        [.. spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Deal)];

    public static DealForecast Deal(string spec)
    {
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stage = Stage.From(50);
        var checklist = CommitChecklist.None;
        var unrealized = false;
        foreach (var flag in parts.Skip(4))
        {
            switch (flag)
            {
                case "ok":
                    checklist = CommitChecklist.All;
                    break;
                case "u":
                    unrealized = true;
                    break;
                case ['s', .. var percent]:
                    stage = Stage.From(int.Parse(percent, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"Unknown deal flag '{flag}'.", nameof(spec));
            }
        }

        return new DealForecast(
            DealId.From(parts[0]),
            "Acme",
            "Deal " + parts[0],
            Enum.Parse<ForecastCategory>(parts[1]),
            decimal.Parse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture),
            Date(parts[3]),
            stage)
        {
            Checklist = checklist,
            Unrealized = unrealized,
        };
    }

    public static Submission Snapshot(
        ForecastWeek week,
        string deals,
        RepId? rep = null,
        SubmissionStatus status = SubmissionStatus.Submitted,
        DateTimeOffset? submittedAt = null) =>
        new(Team, week, rep ?? RepA, Deals(deals))
        {
            Status = status,
            SubmittedAt = status == SubmissionStatus.Submitted
                ? submittedAt ?? new DateTimeOffset(week.Monday.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero)
                : null,
        };

    public static Rep Rep(string id, string name = "") => new(Team, RepId.From(id), name.Length == 0 ? id : name);

    public static TeamSettings Settings(int fiscalYearStartMonth = 1) => new(Team) { Name = "Team", FiscalYearStartMonth = fiscalYearStartMonth };
}
