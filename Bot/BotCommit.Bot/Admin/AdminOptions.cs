namespace BotCommit.Bot.Admin;

/// <summary>
/// <c>BotCommit:BootstrapAdmins</c>: Entra object ids of the first admins. They are admins of every team (so they can
/// set up a new team), in addition to each team's own <c>TeamSettings.Admins</c>.
/// </summary>
internal sealed class AdminOptions
{
    public const string SectionName = "BotCommit";

    public IList<string> BootstrapAdmins { get; } = [];
}
