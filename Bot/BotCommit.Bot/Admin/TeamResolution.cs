using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>Which team a command applies to, or why that cannot be told.</summary>
internal abstract record TeamResolution
{
    private TeamResolution()
    {
    }

    /// <summary>The team, and the command's arguments without an <c>in &lt;team name&gt;</c> suffix.</summary>
    public sealed record Found(TeamSettings Team, string Arguments) : TeamResolution;

    /// <summary>The person administers no team and is on no roster (or BotCommit is in no team yet).</summary>
    public sealed record NoTeam : TeamResolution;

    /// <summary>In a team's channel, but BotCommit has no settings for that team and the person may not create them.</summary>
    public sealed record NotSetUp : TeamResolution;

    /// <summary>Several teams fit; the person must run the command in the team's channel or add <c>in &lt;team name&gt;</c>.</summary>
    public sealed record Ambiguous(IReadOnlyList<TeamSettings> Teams) : TeamResolution;
}
