using BotCommit.Bot.Admin;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>
/// Installs and uninstalls (protocol doc 2.2). The endpoint has already stored the conversation reference; here the bot
/// greets on a personal (or group chat) install, sets the team up on a team install (settings and the setup card, see
/// <see cref="TeamOnboarding"/>), and marks the conversation uninstalled on removal so no proactive message goes there.
/// In a team, removal also closes the team, and members who leave lose their rights there (<see cref="MembershipChanges"/>).
/// </summary>
internal sealed class ConversationUpdateHandler(
    WelcomeSender welcome,
    TeamOnboarding onboarding,
    MembershipChanges membership,
    IConversationReferenceStore references,
    ILogger<ConversationUpdateHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (IsInstall(activity))
        {
            if (activity.GetTeamsTeamId() is { Length: > 0 })
            {
                await membership.BotAddedAsync(activity, cancellationToken);
                await onboarding.OnInstalledAsync(turnContext, cancellationToken);
            }
            else
            {
                await welcome.WelcomeOnceAsync(turnContext, cancellationToken);
            }
        }
        else if (IsUninstall(activity) && activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            await references.MarkStateAsync(conversationId, ConversationReferenceStates.Uninstalled, cancellationToken);
            Log.Uninstalled(logger, conversationId);
            if (activity.GetTeamsTeamId() is { Length: > 0 })
            {
                await membership.BotRemovedAsync(activity, cancellationToken);
            }
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved is { Count: > 0 })
        {
            await membership.MembersRemovedAsync(activity, cancellationToken);
        }
    }

    private static bool IsInstall(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
        ActivityTypes.ConversationUpdate => Contains(activity.MembersAdded, activity.Recipient?.Id)
            || (activity.Conversation?.ConversationType == "personal" && activity.MembersAdded is { Count: > 0 }),
        _ => false,
    };

    private static bool IsUninstall(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is "remove",
        ActivityTypes.ConversationUpdate => Contains(activity.MembersRemoved, activity.Recipient?.Id),
        _ => false,
    };

    private static bool Contains(IList<ChannelAccount>? members, string? id) =>
        id is not null && members is not null && members.Any(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
