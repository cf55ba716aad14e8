using BotCommit.Cards.Elements;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>What a command answers in the conversation it came from: zero or more messages, sent in order.</summary>
internal sealed record CommandReply(IReadOnlyList<Activity> Messages)
{
    public static CommandReply None { get; } = new([]);

    public static CommandReply Text(string text) => new([MessageFactory.Text(text)]);

    public static CommandReply Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new([MessageFactory.Card(card.ToJson(), card.FallbackText)]);
    }
}
