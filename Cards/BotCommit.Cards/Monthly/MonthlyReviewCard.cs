using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Pipeline;
using BotCommit.Cards.Resources;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// The monthly forecast review for the managers' channel (domain.md, "The monthly forecast review"): title with the month,
/// the team's figures with their bands (⚠ lines first, as in the weekly summary), a chart of the 12-month forecast against
/// the month targets (short month labels that fit twelve columns: "Jan", "12"), the funnel per phase (count, amount,
/// quarter-over-quarter growth, ⚠ below 15 %) with its chart, one line per rep with every figure (⚠ on those outside their
/// band) — reps without any forecast of record collapsed into one line "No forecast: A, B" — the action plans, the TOP lists
/// and the stalled deals. Each chart is Teams' <c>Chart.VerticalBar.Grouped</c> whose fallback FactSet carries the same
/// numbers (full month names). The card is kept within <see cref="MaxCardBytes"/>: when a large team does not fit, the
/// per-rep lines are cut (binary search on their number) and the card says how many reps are not shown; if even no rep line
/// leaves room for long TOP lists, each list is cut the same way and says how many of its deals are not shown.
/// </summary>
public static class MonthlyReviewCard
{
    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    /// <summary>Stalled deals listed on the review (longest in stage first); the rest are counted.</summary>
    public const int MaxStalled = 10;

    /// <summary>Longest action plan shown.</summary>
    public const int MaxActionPlanLength = 200;

    /// <summary>Id of the container with the per-rep lines.</summary>
    public const string RepLinesId = "monthly-reps";

    /// <summary>Most names on the collapsed "No forecast" line; the rest are counted.</summary>
    public const int MaxNoForecastNames = 40;

    public static AdaptiveCard Build(MonthlyReviewCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var all = model.TeamFiguresOnly ? [] : model.Review.Reps.OrderBy(r => r.RepName, locale.NameOrder).ThenBy(r => r.Rep.Value, StringComparer.Ordinal).ToList();
        var reps = all.Where(r => !NoForecast(r)).ToList();
        var silent = all.Where(NoForecast).ToList();
        var title = locale.Format(nameof(CardStrings.MonthlyReviewTitle), AdminText.Month(locale, model.Review.Month));
        var top = Top(model, locale, title).ToList();
        var listSize = model.TopLists is { } lists ? PipelineSections.ListOrder.Max(k => lists[k].Count) : 0;
        AdaptiveCard Write(int rows, int listed)
        {
            IEnumerable<CardElement> bottom = model.TeamFiguresOnly
                ? [new TextBlock(locale.Text(nameof(CardStrings.MonthlyDetailsSentPrivately))) { IsSubtle = true, Separator = true }]
                : Bottom(model, locale, listed);
            return new([.. top, .. RepLines(model, locale, reps, silent, rows), .. ActionPlans(model, locale, reps, rows), .. bottom]) { FallbackText = title };
        }

        var whole = Write(reps.Count, listSize);
        if (Fits(whole))
        {
            return whole;
        }

        if (!Fits(Write(0, listSize)))
        {
            // Even without rep lines the TOP lists do not fit: cut them alike, then no rep line.
            var listed = Largest(0, listSize - 1, n => Fits(Write(0, n)));
            return Write(0, listed);
        }

        return Write(Largest(0, reps.Count - 1, n => Fits(Write(n, listSize))), listSize);
    }

    /// <summary>A rep without any forecast of record for the month (not away): one name on the collapsed line.</summary>
    public static bool NoForecast(RepMonthlyReview rep)
    {
        ArgumentNullException.ThrowIfNull(rep);
        return rep.State is null && !rep.Away;
    }

    /// <summary>The largest n in [low, high] for which <paramref name="fits"/> holds (monotone), or <paramref name="low"/>.</summary>
    private static int Largest(int low, int high, Func<int, bool> fits)
    {
        var best = low;
        var from = low + 1;
        while (from <= high)
        {
            var n = from + ((high - from) / 2);
            if (fits(n))
            {
                best = n;
                from = n + 1;
            }
            else
            {
                high = n - 1;
            }
        }

        return best;
    }

    private static bool Fits(AdaptiveCard card) => CardSize.Utf16Bytes(card.ToJson()) <= MaxCardBytes;

    private static IEnumerable<CardElement> Top(MonthlyReviewCardModel model, CardLocale locale, string title)
    {
        var review = model.Review;
        yield return new TextBlock(title) { Size = "Large", Weight = "Bolder" };
        var first = AdminText.Month(locale, review.Month);
        var last = AdminText.Month(locale, review.Month.AddMonths(11));
        yield return new TextBlock(model.TeamName.Length > 0
            ? locale.Format(nameof(CardStrings.MonthlyReviewSubtitle), SummaryDisplay.Short(model.TeamName, 80), first, last, model.Currency)
            : locale.Format(nameof(CardStrings.MonthlyReviewSubtitleNoTeam), first, last, model.Currency))
        { IsSubtle = true, Spacing = "None" };

        yield return Heading(locale.Text(nameof(CardStrings.MonthlyTeamHeader)));
        var lines = new List<FigureLine>(MonthlyFigureLines.For(review.TeamFigures, locale)) { MonthlyFigureLines.Compliance(review, locale) };
        foreach (var element in FigureSection.Build(lines, locale))
        {
            yield return element;
        }

        if (review.TeamFigures.MonthsWithoutTarget.Count > 0)
        {
            var months = string.Join(", ", review.TeamFigures.MonthsWithoutTarget.Select(m => AdminText.Month(locale, m)));
            yield return new TextBlock(locale.Format(nameof(CardStrings.MonthlyMonthsWithoutTarget), months)) { IsSubtle = true, Spacing = "Small" };
        }

        if (review.TeamFigures.Months.Any(m => m.Forecast != 0m || m.Target is > 0m))
        {
            yield return ForecastChart(review.TeamFigures, locale); // all bars zero: the chart would only draw an empty axis
        }

        if (model.Funnel is { } funnel)
        {
            foreach (var element in FunnelSection(funnel, locale))
            {
                yield return element;
            }
        }
    }

    private static GroupedBarChart ForecastChart(MonthlyFigures figures, CardLocale locale)
    {
        string Label(MonthlyReviewMonth month) => ChartMonth(locale, month.Month);
        var fallback = new FactSet([.. figures.Months.Select(m => new Fact(
            AdminText.Month(locale, m.Month),
            locale.Format(
                nameof(CardStrings.MonthlyChartFallbackValue),
                SummaryDisplay.Amount(locale, m.Forecast),
                SummaryDisplay.Amount(locale, m.Upside),
                m.Target is { } target ? SummaryDisplay.Amount(locale, target) : locale.Text(nameof(CardStrings.SummaryAbsentNoTarget)),
                SummaryDisplay.Amount(locale, m.OpenPipeline))))]);
        return new GroupedBarChart(
            locale.Text(nameof(CardStrings.MonthlyChartTitle)),
            [
                new ChartSeries(locale.Text(nameof(CardStrings.MonthlyChartForecast)), [.. figures.Months.Select(m => new ChartPoint(Label(m), m.Forecast))]),
                new ChartSeries(locale.Text(nameof(CardStrings.MonthlyChartTarget)), [.. figures.Months.Select(m => new ChartPoint(Label(m), m.Target ?? 0m))]),
            ],
            fallback)
        {
            Separator = true,
        };
    }

    /// <summary>A month's short chart label in the reader's language ("Jan"; "1" … "12" in Chinese, where "12月" is cut to "1…"): twelve of them fit the chart's columns.</summary>
    public static string ChartMonth(CardLocale locale, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var label = locale.Format(nameof(CardStrings.MonthlyChartMonthLabel), month.First.ToDateTime(TimeOnly.MinValue));
        return label.EndsWith('月') ? label[..^1] : label; // "12月" would be cut to "1…" by the chart: the number alone
    }

    private static IEnumerable<CardElement> FunnelSection(Funnel funnel, CardLocale locale)
    {
        yield return Heading(locale.Format(nameof(CardStrings.FunnelHeader), funnel.Week, funnel.ComparisonWeek));
        var band = locale.Text(nameof(CardStrings.FunnelBand));
        var lines = funnel.Phases.Select(p => new FigureLine(PhaseName(locale, p.Phase), PhaseValue(locale, p), band, p.BelowExpectedGrowth)).ToList();
        foreach (var element in FigureSection.Build(lines, locale))
        {
            yield return element;
        }

        if (funnel.Phases.All(p => p.Amount == 0m && p.PreviousAmount == 0m))
        {
            yield break; // an empty chart only draws a meaningless axis; the lines above say 0
        }

        var fallback = new FactSet([.. funnel.Phases.Select(p => new Fact(
            PhaseName(locale, p.Phase),
            locale.Format(nameof(CardStrings.FunnelChartFallbackValue), SummaryDisplay.Amount(locale, p.Amount), SummaryDisplay.Amount(locale, p.PreviousAmount))))]);
        yield return new GroupedBarChart(
            locale.Text(nameof(CardStrings.FunnelChartTitle)),
            [
                new ChartSeries(locale.Text(nameof(CardStrings.FunnelChartNow)), [.. funnel.Phases.Select(p => new ChartPoint(ChartPhase(locale, p.Phase), p.Amount))]),
                new ChartSeries(locale.Text(nameof(CardStrings.FunnelChartEarlier)), [.. funnel.Phases.Select(p => new ChartPoint(ChartPhase(locale, p.Phase), p.PreviousAmount))]),
            ],
            fallback);
    }

    /// <summary>A phase's short chart label ("Above", "漏斗上方"): four of them fit the chart's columns.</summary>
    private static string ChartPhase(CardLocale locale, FunnelPhase phase) => phase switch
    {
        FunnelPhase.AboveFunnel => locale.Text(nameof(CardStrings.FunnelChartAboveFunnel)),
        FunnelPhase.InFunnel => locale.Text(nameof(CardStrings.FunnelChartInFunnel)),
        FunnelPhase.BestFew => locale.Text(nameof(CardStrings.FunnelChartBestFew)),
        FunnelPhase.Order => locale.Text(nameof(CardStrings.FunnelChartOrder)),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a funnel phase."),
    };

    /// <summary>"12 deals · 1,200,000 · Q-Q +18.0 % (deals +10.0 %)".</summary>
    private static string PhaseValue(CardLocale locale, FunnelPhaseFigures phase)
    {
        string Growth(decimal? growth, bool judged)
        {
            if (growth is not { } g)
            {
                return locale.Text(nameof(CardStrings.FunnelNoBase));
            }

            var text = judged
                ? SummaryDisplay.JudgedPercent(locale, Math.Abs(g), r => (g < 0 ? -r : r) < FunnelCalculator.ExpectedQuarterGrowth)
                : SummaryDisplay.Percent(locale, Math.Abs(g));
            return (g > 0 ? "+" : g < 0 ? "\u2212" : string.Empty) + text;
        }

        return locale.Format(
            nameof(CardStrings.FunnelPhaseValue),
            phase.Count,
            SummaryDisplay.Amount(locale, phase.Amount),
            Growth(phase.AmountGrowth, judged: true),
            Growth(phase.CountGrowth, judged: false));
    }

    public static string PhaseName(CardLocale locale, FunnelPhase phase)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return phase switch
        {
            FunnelPhase.AboveFunnel => locale.Text(nameof(CardStrings.FunnelPhaseAboveFunnel)),
            FunnelPhase.InFunnel => locale.Text(nameof(CardStrings.FunnelPhaseInFunnel)),
            FunnelPhase.BestFew => locale.Text(nameof(CardStrings.FunnelPhaseBestFew)),
            FunnelPhase.Order => locale.Text(nameof(CardStrings.FunnelPhaseOrder)),
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a funnel phase."),
        };
    }

    private static IEnumerable<CardElement> RepLines(
        MonthlyReviewCardModel model, CardLocale locale, List<RepMonthlyReview> reps, List<RepMonthlyReview> silent, int rows)
    {
        if (model.TeamFiguresOnly || reps.Count + silent.Count == 0)
        {
            yield break;
        }

        var items = new List<CardElement>();
        foreach (var rep in reps.Take(rows))
        {
            items.Add(new TextBlock(RepName(locale, rep)) { Weight = "Bolder", Spacing = "Medium" });
            var values = MonthlyFigureLines.For(rep.Figures, locale, compact: true).Select(line => locale.Format(
                line.Flagged ? nameof(CardStrings.MonthlyFlaggedValue) : nameof(CardStrings.MonthlyFigureValue), line.Label, line.Value));
            items.Add(new TextBlock(string.Join(" · ", values)) { Spacing = "None", Size = "Small" });
        }

        if (rows < reps.Count)
        {
            items.Add(new TextBlock(locale.Format(nameof(CardStrings.MonthlyRepsMore), reps.Count - rows)) { IsSubtle = true });
        }

        if (silent.Count > 0)
        {
            var names = string.Join(", ", silent.Take(MaxNoForecastNames).Select(r => SummaryDisplay.Short(r.RepName, SummaryDisplay.MaxNameLength)));
            items.Add(new TextBlock(silent.Count > MaxNoForecastNames
                ? locale.Format(nameof(CardStrings.MonthlyRepsNoForecastMore), names, silent.Count - MaxNoForecastNames)
                : locale.Format(nameof(CardStrings.MonthlyRepsNoForecast), names))
            {
                Spacing = "Medium",
            });
        }

        yield return Heading(locale.Text(nameof(CardStrings.MonthlyRepsHeader)));
        yield return new Container(items) { Id = RepLinesId };
    }

    private static string RepName(CardLocale locale, RepMonthlyReview rep)
    {
        var name = SummaryDisplay.Short(rep.RepName, SummaryDisplay.MaxNameLength);
        return rep switch
        {
            { Away: true } => locale.Format(nameof(CardStrings.MonthlyRepAway), name),
            { State: MonthlyForecastState.OnTime } => name,
            { State: MonthlyForecastState.Late } => locale.Format(nameof(CardStrings.MonthlyRepLate), name),
            { State: MonthlyForecastState.Carried } => locale.Format(nameof(CardStrings.MonthlyRepCarried), name),
            _ => locale.Format(nameof(CardStrings.MonthlyRepMissing), name),
        };
    }

    /// <summary>The action plans of the reps shown (in their order): a cut table leaves out the plans of the reps it leaves out.</summary>
    private static IEnumerable<CardElement> ActionPlans(MonthlyReviewCardModel model, CardLocale locale, List<RepMonthlyReview> reps, int rows)
    {
        if (model.TeamFiguresOnly)
        {
            yield break;
        }

        yield return Heading(locale.Text(nameof(CardStrings.MonthlyActionPlansHeader)));
        var plans = reps.Take(rows).Where(r => r.ActionPlan is not null).ToList();
        if (plans.Count == 0)
        {
            yield return new TextBlock(locale.Text(nameof(CardStrings.MonthlyNoActionPlans))) { IsSubtle = true, Spacing = "Small" };
        }
        else
        {
            yield return new FactSet([.. plans.Select(r => new Fact(
                SummaryDisplay.Short(r.RepName, SummaryDisplay.MaxNameLength),
                SummaryDisplay.Short(r.ActionPlan, MaxActionPlanLength)))]);
        }
    }

    private static IEnumerable<CardElement> Bottom(MonthlyReviewCardModel model, CardLocale locale, int listed)
    {
        if (model.TopLists is { } lists)
        {
            foreach (var element in PipelineSections.TopLists(locale, lists, model.TopListSize, listed))
            {
                yield return element;
            }
        }

        if (model.TopLists is not null || model.Stalled.Count > 0)
        {
            foreach (var element in PipelineSections.Stalled(locale, model.Stalled, MaxStalled))
            {
                yield return element;
            }
        }
    }

    private static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Separator = true };
}
