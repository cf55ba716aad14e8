using System.Text.Json.Nodes;

namespace BotCommit.Cards.Admin;

/// <summary>
/// The verbs of the admin cards (setup card after install, the summary preview's post button) and the ids of their
/// inputs. The data of every action carries the team id (<see cref="TeamKey"/>): it only says which team is meant; the
/// bot re-checks that the acting user (from the activity, never from the data) is an admin of that team.
/// </summary>
public static class AdminVerbs
{
    public const string Prefix = "admin.";

    public const string SetupChannel = "admin.setup.channel";

    public const string SetupRoster = "admin.setup.roster";

    /// <summary>"Make me a rep too": the admin pressing it (the activity's sender) joins the roster.</summary>
    public const string SetupRepMe = "admin.setup.repme";

    public const string SetupTimeZone = "admin.setup.timezone";

    public const string SetupTargets = "admin.setup.targets";

    public const string PostSummary = "admin.summary.post";

    /// <summary>The data key of the team id.</summary>
    public const string TeamKey = "team";

    public const string TimeZoneInput = "timeZone";

    public const string MonthTargetInput = "monthTarget";

    public const string QuarterTargetInput = "quarterTarget";

    /// <summary>The data of an admin action for <paramref name="teamId"/>.</summary>
    public static JsonObject Data(string teamId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        return new JsonObject { [TeamKey] = teamId };
    }
}
