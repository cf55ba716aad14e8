namespace BotCommit.Cards.Admin;

/// <summary>
/// One settings change on the audit card: when (already in the team's zone), who, which setting and the values
/// before and after, all as plain text (escaped by the card).
/// </summary>
public sealed record AuditRow(DateTimeOffset At, string Actor, string Setting, string? Before, string? After);
