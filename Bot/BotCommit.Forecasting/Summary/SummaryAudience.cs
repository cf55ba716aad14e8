using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// Who may read what of the week's summary (issue 15, item 2), in one place. The summary channel gets every rep's figures
/// and deals only when no rep can read it (Teams said so at <c>set channel</c>) or the team chose "share everything with
/// the team"; otherwise — also when nobody knows who reads it — the channel gets the team figures only, and the
/// deal-level and per-rep details go privately to each of the team's managers and admins.
/// </summary>
public static class SummaryAudience
{
    /// <summary>Whether the summary channel may show deal names and per-rep lines.</summary>
    public static bool ChannelGetsDetails(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return team.ShareSummaryWithTeam || team.SummaryChannel is { RepReaders: 0 };
    }

    /// <summary>
    /// Who gets the details privately when the channel does not: the team's admins and its active managers, each once
    /// (ordinal order of their ids, so a retry walks them in the same order).
    /// </summary>
    public static IReadOnlyList<RepId> PrivateReaders(TeamSettings team, IEnumerable<Rep> roster)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. team.Admins
            .Concat(roster.Where(r => r.Active && r.IsManager).Select(r => r.Id))
            .Distinct()
            .OrderBy(id => id.Value, StringComparer.Ordinal)];
    }
}
