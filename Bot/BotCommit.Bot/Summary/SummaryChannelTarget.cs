using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The managers' channel to post in: its id and stored conversation reference, or, when it cannot be used, the
/// <see cref="Problem"/> in words an admin can act on (shown in the schedule's status).
/// </summary>
internal sealed record SummaryChannelTarget(string? ChannelId, ConversationReference? Reference, string? Problem)
{
    public static SummaryChannelTarget Unusable(string problem) => new(null, null, problem);
}
