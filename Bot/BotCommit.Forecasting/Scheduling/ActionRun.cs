namespace BotCommit.Forecasting.Scheduling;

/// <summary>The outcome of one action and, when something unexpected happened, the error to log.</summary>
public sealed record ActionRun(ActionOutcome Outcome, ActionError? Error = null);
