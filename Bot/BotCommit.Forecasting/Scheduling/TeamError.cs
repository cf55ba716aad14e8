using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>An exception while planning a team (e.g. an unknown time zone); the other teams still run.</summary>
public sealed record TeamError(TeamId Team, Exception Exception);
