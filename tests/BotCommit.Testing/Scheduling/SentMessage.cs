using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Testing.Scheduling;

/// <summary>One call the recording notifier received: what, to whom (rep/manager id or "team"), for which week, when.</summary>
public sealed record SentMessage(ScheduledActionKind Kind, string Subject, ForecastWeek Week, DateTimeOffset At, IReadOnlyList<string> Missing, bool Late)
{
    public (string Subject, ScheduledActionKind Kind) Key => (Subject, Kind);
}
