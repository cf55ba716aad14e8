using BotCommit.Bot.Commands;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Progress;

/// <summary>
/// Where an admin job's progress card goes (admin output never goes to a channel): asked in the personal chat, it is the
/// turn's answer; asked in a channel or group chat, it goes to the admin's personal chat and that conversation gets one
/// line saying so, in the reader's language.
/// </summary>
internal sealed class AdminProgress(PrivateAnswers privateAnswers)
{
    /// <summary>
    /// Posts <paramref name="first"/> and answers where it is, to be replaced in place by the work after the turn; null
    /// when the asker's personal chat cannot be reached (nothing posted: the caller says how to open one and does nothing).
    /// </summary>
    public async Task<ProgressMessage?> StartAsync(AdminCommandContext context, Activity first, string channelLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(first);
        var turn = context.Turn;
        if (PrivateAnswers.IsPersonal(turn.Activity))
        {
            return ProgressMessage.InTurn(turn, (await turn.SendActivityAsync(first, cancellationToken)).Id);
        }

        if (await privateAnswers.PostProgressAsync(turn, first, cancellationToken) is not { } personal)
        {
            return null;
        }

        await turn.SendActivityAsync(MessageFactory.Text(channelLine), cancellationToken);
        return personal;
    }
}
