using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.CheckIn;

/// <summary>A rep acting on their check-in: their team's settings, their roster entry, and the review week now.</summary>
internal sealed record RepContext(TeamSettings Team, Versioned<Rep> Rep, ForecastWeek Week, TimeZoneInfo TeamZone)
{
    /// <summary>The week's deadline, expressed in the team's zone (cards show it as local time).</summary>
    public DateTimeOffset Deadline => TimeZoneInfo.ConvertTime(Team.Schedule.Deadline.InstantIn(Week, TeamZone), TeamZone);
}
