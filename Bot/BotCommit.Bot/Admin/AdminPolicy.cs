using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Who is an admin: the team's own admins (<see cref="TeamSettings.Admins"/>) and the bootstrap admins of the
/// configuration, who are admins of every team. Entra object ids compare case-insensitively. The actor is always the
/// activity's <c>from.aadObjectId</c>; nothing in card data or text can make someone an admin.
/// </summary>
internal sealed class AdminPolicy(IOptions<AdminOptions> options)
{
    public IReadOnlyList<string> BootstrapAdmins { get; } = options.Value.BootstrapAdmins
        .Where(id => !string.IsNullOrWhiteSpace(id))
        .Select(id => id.Trim())
        .ToList();

    public bool IsBootstrapAdmin(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && BootstrapAdmins.Contains(aadObjectId.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool IsAdmin(TeamSettings team, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(team);
        return IsBootstrapAdmin(aadObjectId)
            || (!string.IsNullOrWhiteSpace(aadObjectId) && team.Admins.Any(a => SamePerson(a.Value, aadObjectId)));
    }

    /// <summary>
    /// Whoever adds BotCommit to a team becomes one of its admins when they are a bootstrap admin, or when no bootstrap
    /// admins are configured at all (a pilot install: otherwise nobody could set the team up).
    /// </summary>
    public bool InstallerBecomesAdmin(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && (BootstrapAdmins.Count == 0 || IsBootstrapAdmin(aadObjectId));

    public static bool SamePerson(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
