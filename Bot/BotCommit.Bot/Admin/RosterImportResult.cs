namespace BotCommit.Bot.Admin;

/// <summary>
/// What <c>import roster</c> did: reps added, names refreshed, already up to date, team admins not added as reps, and
/// active reps who are no longer in the team (left on the roster: an admin decides).
/// </summary>
internal sealed record RosterImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<string> SkippedAdmins, IReadOnlyList<string> NotInTeam)
{
    public string Summary => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"added {Added}, updated {Updated}, unchanged {Unchanged}");
}
