using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>One settings change: who (<see cref="Actor"/>) changed which setting when (UTC), from what to what.</summary>
public sealed record AuditEntry(TeamId Team, DateTimeOffset At, RepId Actor, string Setting, string? OldValue, string? NewValue)
{
    public const int MaxChangeIdLength = 64;

    public string Setting { get; init => field = Guard.Text(value, 256, nameof(Setting)); } = Guard.Text(Setting, 256, nameof(Setting));

    /// <summary>
    /// The change's own id, derived from the settings version it was saved on (see <see cref="Admin.SettingsEditor"/>):
    /// appending an entry whose id is already in the log does nothing, so an outbox can be flushed again safely. Null for
    /// entries that are appended once only (they are always added).
    /// </summary>
    public string? ChangeId { get; init => field = Guard.OptionalText(value, MaxChangeIdLength, nameof(ChangeId)); }
}
