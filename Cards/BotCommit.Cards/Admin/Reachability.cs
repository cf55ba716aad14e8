namespace BotCommit.Cards.Admin;

/// <summary>Why BotCommit cannot message a person (from their stored conversation reference). Persist by name.</summary>
public enum Reachability
{
    Unknown = 0,

    /// <summary>A stored personal chat in state active.</summary>
    Reachable = 1,

    /// <summary>No personal chat stored: the app was never opened or installed for the person.</summary>
    NoConversation = 2,

    /// <summary>The person removed the app.</summary>
    Uninstalled = 3,

    /// <summary>The person blocked the bot, or an admin disabled it.</summary>
    Blocked = 4,

    /// <summary>The chat no longer exists and could not be re-created.</summary>
    NotFound = 5,

    /// <summary>Teams says the app is not installed in the person's personal scope.</summary>
    NotInstalled = 6,
}
