namespace BotCommit.Protocol.Schema;

/// <summary>
/// Values of <see cref="ConversationReference.State"/>, set from inbound events and from connector errors
/// (protocol doc 5.4). Stored by name.
/// </summary>
public static class ConversationReferenceStates
{
    /// <summary>Reachable.</summary>
    public const string Active = "active";

    /// <summary>The bot was removed (403 <c>BotNotInConversationRoster</c>, <c>installationUpdate remove</c>).</summary>
    public const string Uninstalled = "uninstalled";

    /// <summary>Admin or user blocked the bot (403 <c>BotDisabledByAdmin</c>, <c>ConversationBlockedByUser</c>, <c>MessageWritesBlocked</c>).</summary>
    public const string Blocked = "blocked";

    /// <summary>The conversation no longer exists and could not be re-created (404 <c>ConversationNotFound</c>).</summary>
    public const string NotFound = "notFound";

    /// <summary>The app is not installed in the user's personal scope (403 <c>ForbiddenOperationException</c>).</summary>
    public const string NotInstalled = "notInstalled";
}
