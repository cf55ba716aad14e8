namespace BotCommit.Forecasting.Regions;

/// <summary>
/// What recording a manager's call did: the call stored (or the rules it broke, nothing stored), the node's window, and
/// whether it came after the deadline (a revision: kept and shown, never the call of record).
/// </summary>
public sealed record CallOutcome(CallAcceptance Acceptance, CallWindow? Window, CallFigures? Figures)
{
    public bool IsRevision => Acceptance.Call is { } call && Window is { } window && call.SubmittedAt > window.Deadline;
}
