using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// An authorized admin command: the turn, the command, the team it applies to (as read before authorizing; editors
/// re-read it), the actor (the activity's Entra object id), the arguments without @mentions or an
/// <c>in &lt;team&gt;</c> suffix, the people @mentioned in order, and the reader's texts (UI language from the activity,
/// numbers and dates in the team's culture).
/// </summary>
internal sealed record AdminCommandContext(
    ITurnContext Turn,
    CommandDefinition Command,
    TeamSettings Team,
    RepId Actor,
    string Arguments,
    IReadOnlyList<ChannelAccount> Mentions,
    UserTexts Texts,
    CardLocale Locale)
{
    public Activity Activity => Turn.Activity;

    /// <summary>A plain answer from a bot string.</summary>
    public CommandReply Say(string resource, params object?[] args) =>
        CommandReply.Text(args.Length == 0 ? Texts.Text(resource) : Texts.Format(resource, args));

    /// <summary>
    /// <paramref name="reply"/> for the asker's eyes only: sent to their personal chat; typed in a channel or group chat,
    /// that conversation gets one line saying so.
    /// </summary>
    public CommandReply Privately(CommandReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            IsPrivate = true,
            PrivateNotice = reply.PrivateNotice ?? Texts.Text(nameof(Resources.BotStrings.SentPrivately)),
            PrivateUnreachable = reply.PrivateUnreachable ?? Texts.Text(nameof(Resources.BotStrings.PrivateAnswerNoPersonalChat)),
        };
    }

    /// <summary>"<paramref name="problem"/> + how to write the command, with an example" (the command's usage string).</summary>
    public CommandReply Usage(string? problem = null)
    {
        var usage = Command.UsageResource is { } resource ? Texts.Text(resource) : string.Empty;
        return CommandReply.Text(string.Join(' ', new[] { problem, usage }.Where(s => !string.IsNullOrWhiteSpace(s))));
    }
}
