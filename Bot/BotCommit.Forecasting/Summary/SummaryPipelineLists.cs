using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Summary;

/// <summary>
/// The TOP lists and stalled deals of a week's summary thread (pure): computed from the snapshots of record the summary
/// already read (<see cref="WeeklySummaryComposition.History"/>, W-13..W: 14 weeks, twice the 7 a deal needs to reach 42
/// days in stage), so the reply costs no storage read of its own. Every rep of the summary who has not left by W is in
/// them; N is the team's (<see cref="TeamSettings.TopListSize"/>).
/// </summary>
public static class SummaryPipelineLists
{
    public static PipelineListsComposition Compute(WeeklySummaryComposition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var week = composition.Summary.Week;
        var team = composition.Team;
        var roster = composition.Roster.ToDictionary(r => r.Id);
        var histories = new List<RepSnapshotHistory>();
        foreach (var rep in composition.Summary.RepsInOrder(team.Culture))
        {
            if (roster.TryGetValue(rep.Rep, out var member) && member.HasLeftBy(week))
            {
                continue;
            }

            if (composition.History.TryGetValue(rep.Rep, out var snapshots) && snapshots.Count > 0)
            {
                histories.Add(new RepSnapshotHistory(rep.Rep, rep.RepName, snapshots));
            }
        }

        var size = TopListSize.OrDefault(team.TopListSize);
        return new PipelineListsComposition(
            team,
            TopListCalculator.Compute(week, team.FiscalYearStartMonth, histories, size),
            size,
            StalledDealCalculator.Stalled(week, histories));
    }
}

/// <summary>What the thread's TOP-lists reply shows: the week's TOP lists (N = <see cref="Size"/>) and stalled deals.</summary>
public sealed record PipelineListsComposition(TeamSettings Team, TopLists Lists, int Size, IReadOnlyList<StalledDeal> Stalled);
