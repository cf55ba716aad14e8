using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// An open deal of the review week's snapshot of record and what its history says (see <see cref="StalledDealCalculator"/>):
/// <see cref="StageSince"/> is the first week of the run of consecutive snapshots, ending with the review week's, in which
/// it was open at its current stage; <see cref="DaysInStage"/> = the review week's Monday − that week's Monday (a multiple of 7);
/// <see cref="RunStartsHistory"/> = the run reaches the oldest snapshot given, so the stage may be older still;
/// <see cref="SlipCount"/> = the snapshots in which its close date was later than in its previous snapshot.
/// </summary>
public sealed record DealStageHistory(
    RepId Rep,
    string RepName,
    DealForecast Deal,
    ForecastWeek StageSince,
    int DaysInStage,
    bool RunStartsHistory,
    int SlipCount)
{
    /// <summary>Whole weeks in the stage ("in 50 % for 9 weeks").</summary>
    public int WeeksInStage => DaysInStage / 7;
}
