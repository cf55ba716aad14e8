using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Regions;

/// <summary>
/// A node's call for a week as of its deadline: <see cref="Record"/> is the call that stood at <see cref="Deadline"/> (the
/// latest submission at or before it) — what the roll-up above, the summary and accuracy use. Without one the node made
/// <see cref="NoCall"/> and its roll-up is used. <see cref="Revisions"/> are submissions after the deadline, oldest
/// first: kept and shown, never replacing the record (nobody improves a call once the week's outcome is known).
/// </summary>
public sealed record ResolvedCall(NodeId Node, ForecastWeek Week, DateTimeOffset Deadline, CallSubmission? Record, IReadOnlyList<CallSubmission> Revisions)
{
    public bool NoCall => Record is null;

    /// <summary>The call as it stands now (the card's receipt): the latest revision, else the record.</summary>
    public CallSubmission? Latest => Revisions.Count > 0 ? Revisions[^1] : Record;
}
