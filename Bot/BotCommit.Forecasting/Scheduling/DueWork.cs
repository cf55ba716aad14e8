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
/// nudged or reminded) every rep's pipeline and snapshots of the seven weeks before (the stalled-deal marker,
/// <see cref="PrepareCheckIn.StalledHistoryAsync"/>), so a nudge reads nothing of its own.
/// </summary>
internal sealed record TeamWeek(
    TeamSettings Team,
    ForecastWeek Week,
    IReadOnlyDictionary<RepId, Submission> Submissions,
    IReadOnlyDictionary<RepId, IReadOnlyList<DealForecast>> Pipelines,
    DateTimeOffset Now)
{
    /// <summary>Every rep's snapshots of W-1..W-7 (empty when no card goes out).</summary>
    public IReadOnlyDictionary<RepId, IReadOnlyList<Submission>> History { get; init; } = new Dictionary<RepId, IReadOnlyList<Submission>>();

    /// <summary>The rep's card: the check-in of the week with its stalled deals marked, as on the rep's own turns.</summary>
    public CheckInView CheckInOf(Rep rep)
    {
        var view = PrepareCheckIn.Build(Team, rep, Week, Submissions.GetValueOrDefault(rep.Id), Pipelines.GetValueOrDefault(rep.Id) ?? [], Now);
        return view with { Stalled = PrepareCheckIn.Stalled(rep, Week, view.Deals, History.GetValueOrDefault(rep.Id) ?? []) };
    }
}
