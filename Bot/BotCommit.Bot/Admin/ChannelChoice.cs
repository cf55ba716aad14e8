namespace BotCommit.Bot.Admin;

/// <summary>The team's summary channel: its id (the conversation id without <c>;messageid=</c>) and its display name.</summary>
internal sealed record ChannelChoice(string ConversationId, string? ChannelName);
