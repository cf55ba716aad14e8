namespace BotCommit.Bot.Admin;

/// <summary>
/// What <c>import roster</c> did: reps added (and their names), names refreshed, already up to date, team admins not added
/// as reps, and active reps who are no longer in the team (left on the roster: an admin decides).
/// </summary>
internal sealed record RosterImportResult(int Added, int Updated, int Unchanged, IReadOnlyList<string> SkippedAdmins, IReadOnlyList<string> NotInTeam)
{
    /// <summary>The display names (or ids) of the reps this import added, in the team's member order.</summary>
    public IReadOnlyList<string> AddedNames { get; init; } = [];

    public string Summary => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"added {Added}, updated {Updated}, unchanged {Unchanged}");
}
