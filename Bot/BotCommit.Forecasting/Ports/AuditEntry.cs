using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>One settings change: who (<see cref="Actor"/>) changed which setting when (UTC), from what to what.</summary>
public sealed record AuditEntry(TeamId Team, DateTimeOffset At, RepId Actor, string Setting, string? OldValue, string? NewValue)
{
    public string Setting { get; init => field = Guard.Text(value, 256, nameof(Setting)); } = Guard.Text(Setting, 256, nameof(Setting));
}
