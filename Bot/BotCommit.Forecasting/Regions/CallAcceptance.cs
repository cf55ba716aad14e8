namespace BotCommit.Forecasting.Regions;

/// <summary>The outcome of checking a call entry: the call to store, or the broken rules (nothing stored).</summary>
public sealed record CallAcceptance(CallSubmission? Call, IReadOnlyList<CallProblem> Problems)
{
    public bool Accepted => Call is not null;
}
