using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Scheduling;

/// <summary>One due action with what the tick read for its team: an item of the fan-out queue.</summary>
internal sealed record DueWork(TeamWeek Plan, DueAction Action);

/// <summary>
/// A team's week as one tick read it, once for all its actions: the settings, the week's submissions and (when anyone is
/// nudged or reminded) every rep's pipeline, so a nudge reads nothing of its own.
/// </summary>
internal sealed record TeamWeek(
    TeamSettings Team,
    ForecastWeek Week,
    IReadOnlyDictionary<RepId, Submission> Submissions,
    IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Pipelines,
    DateTimeOffset Now)
{
    public CheckInView CheckInOf(Rep rep) =>
        PrepareCheckIn.Build(Team, rep, Week, Submissions.GetValueOrDefault(rep.Id), Pipelines.GetValueOrDefault(rep.Id) ?? [], Now);
}
