using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The admin's <c>status</c> for the week the schedule is working on: each active rep (managers excluded) as submitted
/// on time, late, away (roster date or a skip with its reason) or missing; plus everyone BotCommit cannot message — no
/// stored personal chat, or a chat marked uninstalled, blocked, not found or not installed — whatever they submitted;
/// and the reps who have not submitted and whose scheduled card may not have arrived ("delivery unknown").
/// </summary>
internal sealed class StatusReport(
    IRosterStore roster, ISubmissionStore submissions, IActionLog actions, IConversationReferenceStore references, TeamClock clock)
{
    public async Task<StatusCardModel> BuildAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var reps = (await roster.ListAsync(team.Id, cancellationToken))
            .Where(r => r.Active && !r.IsManager)
            .OrderBy(r => Name(r), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var week = clock.CurrentWeek(team, reps);
        var byRep = (await submissions.ListWeekAsync(team.Id, week, cancellationToken)).ToDictionary(s => s.Rep);
        var deliveryUnknown = (await actions.ListWeekAsync(team.Id, week, cancellationToken))
            .Where(r => r.State == ActionState.Failed && r.Detail == ActionRecord.DeliveryUnknownDetail)
            .Select(r => r.Subject)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var submitted = new List<StatusRep>();
        var late = new List<StatusRep>();
        var missing = new List<StatusRep>();
        var away = new List<StatusRep>();
        var unreachable = new List<StatusRep>();
        var unknown = new List<StatusRep>();
        foreach (var rep in reps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Name(rep);
            var submission = byRep.GetValueOrDefault(rep.Id);
            switch (submission?.Status)
            {
                case SubmissionStatus.Submitted when submission.Late:
                    late.Add(new StatusRep(name));
                    break;
                case SubmissionStatus.Submitted:
                    submitted.Add(new StatusRep(name));
                    break;
                case SubmissionStatus.Skipped:
                    away.Add(new StatusRep(name) { Reason = submission.SkipReason });
                    break;
                default:
                    if (rep.IsAwayOn(week.Monday))
                    {
                        away.Add(new StatusRep(name) { AwayUntil = rep.AwayUntil, Reason = rep.AwayReason });
                    }
                    else
                    {
                        missing.Add(new StatusRep(name));
                    }

                    break;
            }

            if (deliveryUnknown.Contains(rep.Id.Value) && submission?.Status != SubmissionStatus.Submitted)
            {
                unknown.Add(new StatusRep(name));
            }

            var reachability = await ReachabilityOfAsync(rep.Id, cancellationToken);
            if (reachability != Reachability.Reachable)
            {
                unreachable.Add(new StatusRep(name) { Reachability = reachability });
            }
        }

        return new StatusCardModel(team.Name, week, TeamClock.Local(team, ScheduleInstants.For(team, week).Deadline))
        {
            Paused = team.Paused,
            SkippedReason = team.SkippedWeeks.TryGetValue(week, out var holiday) ? holiday : null,
            RosterCount = reps.Count,
            Submitted = submitted,
            Late = late,
            Missing = missing,
            Away = away,
            Unreachable = unreachable,
            DeliveryUnknown = unknown,
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

    private static string Name(Rep rep) => rep.DisplayName.Length > 0 ? rep.DisplayName : rep.Id.Value;
}
