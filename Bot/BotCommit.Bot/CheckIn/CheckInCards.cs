using BotCommit.Cards;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// Builds a rep's check-in card and receipt from storage: the deals are the week's submission if there is one (so
/// "edit" shows what was sent), else the rep's current pipeline — open deals plus this quarter's won and lost.
/// </summary>
internal sealed class CheckInCards(ISubmissionStore submissions, IDealStore deals, TimeProvider clock)
{
    /// <summary>The deals the card shows and the parser checks submitted ids against.</summary>
    public async Task<IReadOnlyList<DealForecast>> CurrentDealsAsync(RepContext context, CancellationToken cancellationToken)
    {
        var submitted = await submissions.GetAsync(context.Team.Id, context.Week, context.Rep.Value.Id, cancellationToken);
        if (submitted is not null)
        {
            return submitted.Value.Deals;
        }

        var quarter = FiscalQuarter.Containing(context.Week.Monday, context.Team.FiscalYearStartMonth);
        var pipeline = await deals.ListAsync(context.Team.Id, context.Rep.Value.Id, cancellationToken);
        return pipeline.Where(d => SnapshotResolver.KeepsInQuarter(d, quarter)).Take(Submission.MaxDeals).ToList();
    }

    public async Task<AdaptiveCard> BuildAsync(
        RepContext context,
        CardLocale locale,
        CancellationToken cancellationToken,
        CheckInDraft? draft = null,
        IReadOnlyList<FieldError>? errors = null)
    {
        var current = await CurrentDealsAsync(context, cancellationToken);
        var model = new CheckInCardModel(context.Week, 0, current, await TotalsAsync(context, current, cancellationToken), context.Team.Currency, context.Deadline)
        {
            Draft = draft ?? CheckInDraft.Empty,
            Errors = errors ?? [],
            PastDeadline = clock.GetUtcNow() > context.Deadline,
        };
        return CheckInCard.Build(model, locale);
    }

    /// <summary>The rep's totals for the card header: this week, month and quarter, from the given deals.</summary>
    public async Task<RepTotals> TotalsAsync(RepContext context, IReadOnlyList<DealForecast> current, CancellationToken cancellationToken)
    {
        var previous = await submissions.GetAsync(context.Team.Id, context.Week.Previous, context.Rep.Value.Id, cancellationToken);
        var sums = FigureSums.Of(current, previous?.Value.Deals ?? [], ReviewPeriod.For(context.Week, context.Team.FiscalYearStartMonth));
        return new RepTotals(
            sums.ThisWeekCommit,
            sums.ThisWeekUpside,
            sums.WonInMonth,
            sums.WonInMonth + sums.CommitRestOfMonth,
            sums.UpsideRestOfMonth,
            sums.WonInQuarter,
            sums.WonInQuarter + sums.CommitRestOfQuarter,
            sums.UpsideRestOfQuarter);
    }
}
