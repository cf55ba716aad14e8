using BotCommit.Cards.Elements;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// What a command answers: zero or more messages, sent in order — in the conversation it came from, or, when
/// <see cref="IsPrivate"/>, in the asker's personal chat only (typed in a channel or group chat, that conversation gets
/// just <see cref="PrivateNotice"/>, or <see cref="PrivateUnreachable"/> when no personal chat can be opened).
/// </summary>
internal sealed record CommandReply(IReadOnlyList<Activity> Messages)
{
    public static CommandReply None { get; } = new([]);

    /// <summary>Only the asker may read it (exports, status, audit, targets, per-rep detail).</summary>
    public bool IsPrivate { get; init; }

    /// <summary>The one line left where a private answer was asked for ("sent to you privately").</summary>
    public string? PrivateNotice { get; init; }

    /// <summary>The line left there when the asker's personal chat cannot be reached; the answer itself is not shown.</summary>
    public string? PrivateUnreachable { get; init; }

    public static CommandReply Text(string text) => new([MessageFactory.Text(text)]);

    public static CommandReply Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new([MessageFactory.Card(card.ToJson(), card.FallbackText)]);
    }
}
