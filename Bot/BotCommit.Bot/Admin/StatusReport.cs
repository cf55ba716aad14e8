using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Status;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The admin's <c>status</c> card: the domain's week status (<see cref="ReadTeamStatus"/>) plus everyone BotCommit cannot
/// message — no stored personal chat, or a chat marked uninstalled, blocked, not found or not installed — whatever they
/// submitted; and the regions the team rolls up into (from the org tree), so an admin sees where its figures go.
/// </summary>
internal sealed class StatusReport(ReadTeamStatus status, IConversationReferenceStore references, IOrgTreeStore trees)
{
    public async Task<StatusCardModel> BuildAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var week = await status.ReadAsync(team, cancellationToken);
        var unreachable = new List<StatusRep>();
        foreach (var line in week.Reps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reachability = await ReachabilityOfAsync(line.Rep.Id, cancellationToken);
            if (reachability != Reachability.Reachable)
            {
                unreachable.Add(new StatusRep(Name(line.Rep)) { Reachability = reachability });
            }
        }

        var tree = (await trees.GetAsync(cancellationToken))?.Value;
        var regions = tree?.FindTeam(team.Id) is { } node ? tree.Ancestors(node.Id).Select(r => r.Name).ToList() : [];
        return new StatusCardModel(team.Name, week.Week, week.Deadline)
        {
            Regions = regions,
            Paused = team.Paused,
            SkippedReason = team.SkippedWeeks.TryGetValue(week.Week, out var holiday) ? holiday : null,
            RosterCount = week.Reps.Count,
            TopListSize = Forecasting.Pipeline.TopListSize.OrDefault(team.TopListSize),
            MonthlyForecastOn = !team.MonthlyForecastOff,
            Submitted = Of(week, RepState.OnTime),
            Late = Of(week, RepState.Late),
            Missing = Of(week, RepState.Missing),
            Away = [.. week.Reps.Where(r => r.State == RepState.Away).Select(r => new StatusRep(Name(r.Rep)) { AwayUntil = r.AwayUntil, Reason = r.Reason })],
            Unreachable = unreachable,
            DeliveryUnknown = [.. week.Reps.Where(r => r.DeliveryUnknown).Select(r => new StatusRep(Name(r.Rep)))],
        };
    }

    /// <summary>Whether BotCommit can send to the person's personal chat, from its stored reference.</summary>
    public async Task<Reachability> ReachabilityOfAsync(RepId rep, CancellationToken cancellationToken)
    {
        var reference = await references.GetForUserAsync(rep.Value, cancellationToken);
        return reference?.State switch
        {
            null when reference is null => Reachability.NoConversation,
            null or ConversationReferenceStates.Active => Reachability.Reachable,
            ConversationReferenceStates.Uninstalled => Reachability.Uninstalled,
            ConversationReferenceStates.Blocked => Reachability.Blocked,
            ConversationReferenceStates.NotFound => Reachability.NotFound,
            ConversationReferenceStates.NotInstalled => Reachability.NotInstalled,
            _ => Reachability.Reachable,
        };
    }

    private static List<StatusRep> Of(TeamWeekStatus week, RepState state) =>
        [.. week.Reps.Where(r => r.State == state).Select(r => new StatusRep(Name(r.Rep)))];

    private static string Name(Rep rep) => rep.DisplayName.Length > 0 ? rep.DisplayName : rep.Id.Value;
}
