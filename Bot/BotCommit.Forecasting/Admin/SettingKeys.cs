using System.Globalization;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Admin;

/// <summary>
/// The names under which changes are audited (stable: they are stored). A key may carry qualifiers after colons: a
/// period (<c>monthTarget:2026-12</c>), a person's Entra object id (<c>admin:…</c>) or both
/// (<c>monthTarget:2026-12:…</c>). Values are invariant text: <c>Monday 07:00</c>, <c>1200000</c>, <c>2026-12-14</c>.
/// </summary>
public static class SettingKeys
{
    public const string TimeZone = "timeZone";
    public const string Nudge = "nudge";
    public const string Reminders = "reminders";
    public const string Deadline = "deadline";
    public const string Summary = "summaryTime";
    public const string Call = "callTime";
    public const string SummaryChannel = "summaryChannel";

    /// <summary>How many reps can read the summary channel, as Teams said at <c>set channel</c>.</summary>
    public const string SummaryChannelRepReaders = "summaryChannelRepReaders";

    /// <summary>"Share everything with the team": every rep's figures and deals in a channel reps can read.</summary>
    public const string ShareSummary = "shareSummaryWithTeam";
    public const string MonthTarget = "monthTarget";
    public const string QuarterTarget = "quarterTarget";
    public const string FiscalYearStart = "fiscalYearStartMonth";
    public const string Currency = "currency";
    public const string Language = "language";
    public const string AmountStyle = "amountStyle";
    public const string RepTimeZone = "repTimeZone";
    public const string Paused = "paused";
    public const string SkipWeek = "skipWeek";
    public const string Admin = "admin";
    public const string Rep = "rep";
    public const string Manager = "manager";
    public const string Away = "away";
    public const string RosterImport = "rosterImport";
    public const string RepName = "repName";

    /// <summary>N of the TOP lists (<c>set top 15</c>).</summary>
    public const string TopListSize = "topListSize";

    /// <summary>The monthly forecast on or off (<c>true</c>/<c>false</c>; <see cref="Teams.TeamSettings.MonthlyForecastOff"/> inverted).</summary>
    public const string MonthlyForecast = "monthlyForecast";
    public const string Deals = "deals";
    public const string CrmImport = "crmImport";
    public const string TeamCreated = "team";

    /// <summary>BotCommit removed from / added back to the team (<c>TeamSettings.BotRemovedAt</c>).</summary>
    public const string BotRemoved = "botRemoved";

    /// <summary>A team member left the team (<c>member:objectId</c>): their admin and rep rights there end.</summary>
    public const string MemberLeft = "memberLeft";

    public static string With(string key, params string[] qualifiers) =>
        qualifiers.Length == 0 ? key : key + ":" + string.Join(':', qualifiers);

    /// <summary>The key without qualifiers, and the qualifiers.</summary>
    public static (string Key, IReadOnlyList<string> Qualifiers) Split(string setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var parts = setting.Split(':');
        return (parts[0], parts.Skip(1).ToList());
    }

    public static string Value(LocalWeeklyTime time) => time.ToString();

    public static string Value(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Value(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Value(bool flag) => flag ? "true" : "false";
}
