using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>One due action with the team and week it belongs to: an item of the fan-out queue.</summary>
internal sealed record DueWork(TeamSettings Team, ForecastWeek Week, DueAction Action);
