using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Status;

/// <summary>The week the schedule works on for a team, its deadline (team offset) and each active rep's state, by name.</summary>
public sealed record TeamWeekStatus(TeamSettings Team, ForecastWeek Week, DateTimeOffset Deadline, IReadOnlyList<RepWeekState> Reps);
