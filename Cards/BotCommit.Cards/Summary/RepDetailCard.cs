using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>
/// One rep's reply in the summary thread: their state, every figure with its band and ⚠ flags, the deals that moved
/// since last week, their soft and hidden commits, and their forecast accuracy (last 4 and 13 measured weeks: mean
/// attainment, mean absolute error, the weeks of the last 4, and a bias flag).
/// </summary>
public static class RepDetailCard
{
    /// <summary>Movements and deals listed per section.</summary>
    public const int MaxListed = 25;

    public static AdaptiveCard Build(RepDetailModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var rep = model.Rep;
        var title = locale.Format(nameof(CardStrings.SummaryDetailTitle), SummaryDisplay.Name(rep), model.Period.Week);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(Status(rep, locale))
            {
                Color = SummaryDisplay.NeedsAttention(rep) ? "Attention" : null,
                IsSubtle = !SummaryDisplay.NeedsAttention(rep),
                Spacing = "None",
            },
        };
        body.AddRange(FigureSection.Build(FigureLines.For(rep.Figures, locale), locale));
        body.AddRange(Movements(model, locale));

        var deals = (Func<RepSummary, IReadOnlyList<DealForecast>>)(_ => model.Deals);
        var soft = SummaryDeals.SoftCommits([rep], deals, model.Period);
        if (soft.Count > 0)
        {
            body.Add(Heading(locale.Text(nameof(CardStrings.SummarySoftHeader))));
            body.Add(new FactSet([.. soft.Take(MaxListed).Select(x => SummaryFacts.SoftCommit(locale, x.Deal, null))]));
        }

        var hidden = SummaryDeals.HiddenCommits([rep], deals, model.Period);
        if (hidden.Count > 0)
        {
            body.Add(Heading(locale.Text(nameof(CardStrings.SummaryHiddenHeader))));
            body.Add(new FactSet([.. hidden.Take(MaxListed).Select(x => SummaryFacts.HiddenCommit(locale, x.Deal, null))]));
        }

        if (model.Revisions.Count > 0)
        {
            // Beside the record the figures use: what the rep changed after the deadline, not counted.
            body.Add(Heading(locale.Text(nameof(CardStrings.SummaryRevisionsHeader))));
            body.Add(new FactSet([.. model.Revisions.TakeLast(MaxListed).Select(r => new Fact(
                locale.Format(nameof(CardStrings.SummaryRevisionWhen), r.Week.ToString(), r.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                r.Status == Forecasting.Submissions.SubmissionStatus.Skipped
                    ? locale.Text(nameof(CardStrings.SummaryRevisionSkip))
                    : locale.Format(
                        nameof(CardStrings.SummaryRevisionTotals),
                        SummaryDisplay.Amount(locale, r.Deals.Where(d => d.Category == ForecastCategory.Commit).Sum(d => d.Amount)),
                        SummaryDisplay.Amount(locale, r.Deals.Where(d => d.Category == ForecastCategory.Upside).Sum(d => d.Amount)))))]));
        }

        if (model.Accuracy is { } accuracy)
        {
            body.AddRange(Accuracy(accuracy, locale));
        }

        return new AdaptiveCard(body) { FallbackText = title };
    }

    private static string Status(RepSummary rep, CardLocale locale)
    {
        if (rep.Away)
        {
            return rep.AwayReason is { Length: > 0 } reason
                ? locale.Format(nameof(CardStrings.SummaryDetailAwayReason), SummaryDisplay.Short(reason, SummaryDisplay.MaxReasonLength))
                : locale.Text(nameof(CardStrings.SummaryDetailAway));
        }

        return rep switch
        {
            { Submitted: true, Late: true } => locale.Text(nameof(CardStrings.SummaryDetailLate)),
            { Submitted: true } => locale.Text(nameof(CardStrings.SummaryDetailOnTime)),
            { Carried: true } => locale.Text(nameof(CardStrings.SummaryDetailCarried)),
            _ => locale.Text(nameof(CardStrings.SummaryDetailMissing)),
        };
    }

    private static IEnumerable<CardElement> Movements(RepDetailModel model, CardLocale locale)
    {
        yield return Heading(locale.Text(nameof(CardStrings.SummaryDetailMovementsHeader)));
        if (model.Movements.Count == 0)
        {
            yield return new TextBlock(locale.Text(nameof(CardStrings.SummaryNoMovements))) { IsSubtle = true, Spacing = "Small" };
            yield break;
        }

        yield return new FactSet([.. model.Movements.Take(MaxListed).Select(m =>
        {
            var deal = model.Deals.FirstOrDefault(d => d.Id == m.Deal) ?? model.PreviousDeals.FirstOrDefault(d => d.Id == m.Deal);
            var title = deal is null ? SummaryDisplay.Short(m.Deal.Value, SummaryDisplay.MaxDealTextLength) : SummaryDisplay.DealTitle(locale, deal);
            return new Fact(title, MovementText.Describe(locale, m));
        })]);
    }

    private static IEnumerable<CardElement> Accuracy(AccuracyHistory accuracy, CardLocale locale)
    {
        yield return Heading(locale.Text(nameof(CardStrings.SummaryAccuracyHeader)));
        var bias = accuracy.Last13.Bias;
        if (bias is AccuracyBias.Sandbagging or AccuracyBias.OverCommitting)
        {
            yield return new TextBlock(locale.Text(bias == AccuracyBias.Sandbagging
                ? nameof(CardStrings.SummaryBiasSandbagging)
                : nameof(CardStrings.SummaryBiasOverCommitting)))
            {
                Color = "Attention",
                Weight = "Bolder",
                Spacing = "Small",
            };
        }

        yield return new FactSet(
        [
            new Fact(locale.Format(nameof(CardStrings.SummaryAccuracyWindow), accuracy.Last4.Weeks), Window(accuracy.Last4, locale)),
            new Fact(locale.Format(nameof(CardStrings.SummaryAccuracyWindow), accuracy.Last13.Weeks), Window(accuracy.Last13, locale)),
            new Fact(locale.Text(nameof(CardStrings.SummaryAccuracyBias)), bias switch
            {
                AccuracyBias.Sandbagging => locale.Text(nameof(CardStrings.SummaryBiasSandbaggingShort)),
                AccuracyBias.OverCommitting => locale.Text(nameof(CardStrings.SummaryBiasOverCommittingShort)),
                _ => locale.Text(nameof(CardStrings.SummaryBiasNone)),
            }),
        ]);

        if (accuracy.Last4.Points.Count > 0)
        {
            yield return new FactSet([.. accuracy.Last4.Points.Select(p => new Fact(locale.People.Week(p.Week), Point(p, locale)))]) { Spacing = "Small" };
        }
    }

    private static string Window(AccuracyWindow window, CardLocale locale) =>
        window is { MeanAttainment: { } mean, MeanAbsoluteError: { } error, WeightedAbsoluteError: { } weighted }
            ? locale.Format(
                nameof(CardStrings.SummaryAccuracyWindowValue),
                SummaryDisplay.Percent(locale, mean),
                SummaryDisplay.Percent(locale, error),
                window.Points.Count,
                SummaryDisplay.Percent(locale, weighted))
            : locale.Text(nameof(CardStrings.SummaryAccuracyNoData));

    private static string Point(AccuracyPoint point, CardLocale locale)
    {
        var text = locale.Format(
            nameof(CardStrings.SummaryAccuracyPoint),
            SummaryDisplay.Amount(locale, point.Commit),
            SummaryDisplay.Amount(locale, point.Actual),
            SummaryDisplay.JudgedPercent(locale, point.Attainment, SummaryBands.IsAttainmentOutside));
        var outside = SummaryBands.IsAttainmentOutside(point.Attainment);
        return outside ? locale.Format(nameof(CardStrings.SummaryAccuracyPointFlagged), text) : text;
    }

    private static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Separator = true };
}
