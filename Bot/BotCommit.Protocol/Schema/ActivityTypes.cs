namespace BotCommit.Protocol.Schema;

/// <summary>
/// Values of <see cref="Activity.Type"/> that a Teams bot sees or sends. Compare ordinally; unknown types are
/// acknowledged and ignored (activity spec A2010, A2011).
/// </summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Typing = "typing";
    public const string Event = "event";
}
