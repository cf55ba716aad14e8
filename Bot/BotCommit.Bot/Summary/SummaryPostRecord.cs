namespace BotCommit.Bot.Summary;

/// <summary>
/// Where a week's summary was posted (DocumentTable scope <see cref="SummaryPostStore.Scope"/>, key <c>team|week</c>): the
/// channel, the thread's conversation id and the root post id (to PUT a refreshed card), when (UTC) and whether it was
/// posted late, and the reps whose reply is already in the thread, so a retry neither posts a second parent nor a
/// second reply.
/// </summary>
internal sealed record SummaryPostRecord(
    string TeamId,
    string Week,
    string ChannelId,
    string ThreadId,
    string RootActivityId,
    DateTimeOffset PostedAt,
    bool Late)
{
    public IReadOnlyList<string> RepliesPosted { get; init; } = [];
}
