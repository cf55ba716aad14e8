namespace BotCommit.Bot.Commands;

/// <summary>Who may use a command (and so who sees it in help).</summary>
internal enum CommandAccess
{
    Unknown = 0,

    /// <summary>Anyone; rep commands act on the sender's own check-in.</summary>
    Everyone = 1,

    /// <summary>Admins of the team the command applies to (or bootstrap admins).</summary>
    Admin = 2,
}
