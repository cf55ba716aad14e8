namespace BotCommit.Bot.Admin;

/// <summary>
/// Who administers BotCommit before any team has admins of its own (section <c>BotCommit</c>):
/// <c>BootstrapAdmins</c> — Entra object ids (<c>objectId</c>, bound to <c>MicrosoftAppTenantId</c>, or
/// <c>tenantId/objectId</c>), admins of every team of their tenant in addition to each team's own
/// <c>TeamSettings.Admins</c>; <c>FirstInstallerBecomesAdmin</c> — whoever adds BotCommit to a team first becomes its
/// admin (always true in Development while no bootstrap admin covers the tenant).
/// </summary>
internal sealed class AdminOptions
{
    public const string SectionName = "BotCommit";

    public IList<string> BootstrapAdmins { get; } = [];

    public bool FirstInstallerBecomesAdmin { get; set; }
}
