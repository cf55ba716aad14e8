using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>An unexpected exception while running one action, handed to the edge to log (use cases do not log).</summary>
public sealed record ActionError(TeamId Team, ForecastWeek Week, ScheduledActionKind Kind, string Subject, Exception Exception);
