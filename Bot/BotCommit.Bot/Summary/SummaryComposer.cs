using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.UseCases;

namespace BotCommit.Bot.Summary;

/// <summary>
/// Gathers what the summary cards show. The figures come from <see cref="ComputeWeeklySummary"/> and the accuracy from
/// <see cref="AccuracyCalculator"/>; this class only loads the snapshots of W-14..W (one partition read per week) to
/// name the deals (W and W-1 snapshots resolved with <see cref="SnapshotResolver"/>, as the summary resolves them) and
/// to feed each rep's stored snapshots to the accuracy history. Reads only.
/// </summary>
internal sealed class SummaryComposer(ComputeWeeklySummary compute, ISubmissionStore submissions)
{
    // W-1 back to W-13 are measured (each needs the following week too); W-14 lets W-1 find a carried snapshot as
    // far back as the summary looks (ComputeWeeklySummary.MaxCarryWeeks).
    private const int WeeksBack = ComputeWeeklySummary.MaxCarryWeeks + 1;

    /// <summary>The composition, or null when the team is unknown.</summary>
    public async Task<SummaryComposition?> ComposeAsync(TeamSettings team, ForecastWeek week, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var summary = await compute.ComputeAsync(team.Id, week, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var byRep = new Dictionary<RepId, SortedList<ForecastWeek, Submission>>();
        for (var back = WeeksBack; back >= 0; back--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var listed = ForecastWeek.FromMonday(week.Monday.AddDays(-7 * back));
            foreach (var snapshot in await submissions.ListWeekAsync(team.Id, listed, cancellationToken))
            {
                if (!byRep.TryGetValue(snapshot.Rep, out var weeks))
                {
                    weeks = [];
                    byRep[snapshot.Rep] = weeks;
                }

                weeks[snapshot.Week] = snapshot;
            }
        }

        var deals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();
        var previousDeals = new Dictionary<RepId, IReadOnlyList<DealForecast>>();
        var accuracy = new Dictionary<RepId, AccuracyHistory>();
        foreach (var rep in summary.Reps)
        {
            var stored = byRep.GetValueOrDefault(rep.Rep) ?? [];
            deals[rep.Rep] = Resolve(stored, week, team.FiscalYearStartMonth);
            previousDeals[rep.Rep] = Resolve(stored, week.Previous, team.FiscalYearStartMonth);
            accuracy[rep.Rep] = AccuracyCalculator.Compute(rep.Rep, week, [.. stored.Values.Where(s => s.Week <= week)]);
        }

        var model = new SummaryCardModel(summary, team.Currency)
        {
            TeamName = team.Name,
            Late = late,
            Deals = deals,
            PreviousDeals = previousDeals,
        };
        return new SummaryComposition(model, accuracy);
    }

    private static IReadOnlyList<DealForecast> Resolve(SortedList<ForecastWeek, Submission> stored, ForecastWeek week, int fiscalYearStartMonth)
    {
        var own = stored.GetValueOrDefault(week);
        var earlier = stored.Values.LastOrDefault(s => s.Week < week && s.Week >= ForecastWeek.FromMonday(week.Monday.AddDays(-7 * ComputeWeeklySummary.MaxCarryWeeks)));
        return SnapshotResolver.Resolve(own, earlier, week, fiscalYearStartMonth)?.Deals ?? [];
    }
}
