namespace BotCommit.Bot.Summary;

/// <summary>The managers' channel chosen by an admin's <c>set channel</c>: <c>{"conversationId":"19:…@thread.tacv2"}</c>.</summary>
internal sealed record SummaryChannelDocument(string? ConversationId);
