using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Regions;

/// <summary>
/// A region's weekly summary in its channel: the region's own roll-up (its children's calls); a chart of the children's
/// <b>month forecast</b> — roll-up, call and month target side by side; then per child the roll-up, the call, call −
/// roll-up with the deals the manager moved and their notes, and whether the child called; then the biggest judgement
/// changes.
/// </summary>
/// <remarks>
/// Why the month forecast in the chart: it is the first figure of the three that has a target (this week's commit has
/// none), and it is the one a regional manager can still act on this week — the month closes before the quarter, and
/// "will each team land the month, and does its manager see it higher or lower than the reps" is the question of the
/// Monday call. The quarter forecast stays in each child's lines. The chart is Teams' grouped bar chart; clients without
/// charts show its fallback, a fact list with the same three numbers per child. For large trees the chart shows the
/// <see cref="MaxChartChildren"/> children with the largest month call, and the per-child details stop where the card
/// would pass <see cref="MaxCardBytes"/> (a line says how many more; the region's export has every child).
/// </remarks>
public static class RegionSummaryCard
{
    /// <summary>Under Teams' advised size with room for the activity around the card.</summary>
    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    /// <summary>Bar groups in the chart (three bars each): more are unreadable in a Teams message.</summary>
    public const int MaxChartChildren = 12;

    /// <summary>Moved deals listed per child; the rest are counted.</summary>
    public const int MaxMovesPerChild = 3;

    private const int ChartLabelLength = 14;

    public static AdaptiveCard Build(OrgNode region, RegionSummary summary, string currency, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(locale);
        var detailed = summary.Children.Count;
        var card = Build(region, summary, currency, locale, detailed);
        while (detailed > 0 && CardSize.Utf16Bytes(card.ToJson()) > MaxCardBytes)
        {
            detailed = detailed > 20 ? detailed * 3 / 4 : detailed - 1;
            card = Build(region, summary, currency, locale, detailed);
        }

        return card;
    }

    private static AdaptiveCard Build(OrgNode region, RegionSummary summary, string currency, CardLocale locale, int detailed)
    {
        string Money(decimal value) => AdminText.Money(locale, value, currency);
        var title = locale.Format(nameof(CardStrings.RegionSummaryTitle), CardText.Escape(region.Name), summary.Week);
        var own = summary.Region;
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder", Wrap = true },
            new FactSet(
            [
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryRollUp)), Money(own.RollUp.ThisWeekCommit)),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryQuarterRollUp)), Money(own.RollUp.QuarterForecast)),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryCalls)), $"{own.CallsMade}/{own.CallsExpected}"),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryReps)), own.RepsExpected == 0 ? locale.Text(nameof(CardStrings.RegionSummaryNoRepsExpected)) : $"{own.RepsOnTime}/{own.RepsExpected}"),
            ]),
        };
        body.AddRange(Chart(summary, locale));
        foreach (var child in summary.Children.Take(detailed))
        {
            var state = child.State switch
            {
                CallState.Called => locale.Text(nameof(CardStrings.RegionSummaryCalled)),
                CallState.NoCall => locale.Text(nameof(CardStrings.RegionSummaryNoCall)),
                _ => locale.Text(nameof(CardStrings.RegionSummaryPending)),
            };
            body.Add(new TextBlock($"**{CardText.Escape(child.Node.Name)}** — {state}") { Wrap = true, Separator = true });
            body.Add(new FactSet(
            [
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryChildRollUp)), Money(child.RollUp.ThisWeekCommit)),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryChildCall)), Money(child.Call.ThisWeekCommit)),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryJudgement)), Money(child.Judgement.ThisWeekCommit)),
                new Fact(locale.Text(nameof(CardStrings.RegionSummaryChildQuarter)), Money(child.Call.QuarterForecast)),
            ]));
            body.AddRange(Moves(child, locale, Money));
        }

        if (detailed < summary.Children.Count)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.RegionSummaryMoreChildren), summary.Children.Count - detailed)) { IsSubtle = true, Wrap = true, Separator = true });
        }

        if (summary.BiggestJudgements.Count > 0)
        {
            body.Add(new TextBlock(locale.Text(nameof(CardStrings.RegionSummaryBiggest))) { Weight = "Bolder", Separator = true });
            foreach (var change in summary.BiggestJudgements.Take(5))
            {
                var notes = string.Join("; ", change.Notes.Select(CardText.Escape));
                body.Add(new TextBlock(locale.Format(
                    nameof(CardStrings.RegionSummaryChange), CardText.Escape(change.NodeName), locale.Text("CallFigure" + change.Figure), Money(change.RollUp), Money(change.Call), notes))
                { Wrap = true });
            }
        }

        return new AdaptiveCard(body) { FallbackText = title };
    }

    /// <summary>The month forecast per child: roll-up, call, target (a 0 bar when none is set; the fallback shows "—").</summary>
    private static IEnumerable<CardElement> Chart(RegionSummary summary, CardLocale locale)
    {
        if (summary.Children.Count == 0)
        {
            yield break;
        }

        var shown = summary.Children
            .OrderByDescending(c => c.Call.MonthForecast)
            .ThenBy(c => c.Node.Id.Value, StringComparer.Ordinal)
            .Take(MaxChartChildren)
            .ToList();
        var labels = ChartLabels.Distinct([.. shown.Select(c => c.Node.Name)], ChartLabelLength);
        var fallback = new FactSet([.. shown.Select(c => new Fact(
            SummaryDisplay.Short(c.Node.Name, SummaryDisplay.MaxNameLength),
            locale.Format(
                nameof(CardStrings.RegionSummaryChartFallbackValue),
                SummaryDisplay.Amount(locale, c.RollUp.MonthForecast),
                SummaryDisplay.Amount(locale, c.Call.MonthForecast),
                c.MonthTarget is { } target ? SummaryDisplay.Amount(locale, target) : "\u2014")))]);
        ChartSeries Series(string legend, Func<RegionLine, decimal> value) =>
            new(locale.Text(legend), [.. shown.Select((c, i) => new ChartPoint(labels[i], value(c)))]);
        yield return new GroupedBarChart(
            locale.Text(nameof(CardStrings.RegionSummaryChartTitle)),
            [
                Series(nameof(CardStrings.RegionSummaryChartRollUp), c => c.RollUp.MonthForecast),
                Series(nameof(CardStrings.RegionSummaryChartCall), c => c.Call.MonthForecast),
                Series(nameof(CardStrings.RegionSummaryChartTarget), c => c.MonthTarget ?? 0m),
            ],
            fallback)
        {
            Separator = true,
        };
        if (summary.Children.Count > shown.Count)
        {
            yield return new TextBlock(locale.Format(nameof(CardStrings.RegionSummaryChartMore), shown.Count, summary.Children.Count)) { IsSubtle = true, Wrap = true, Spacing = "Small" };
        }
    }

    /// <summary>"**Acme** · Renewal", or the deal's id for a call kept before moves carried the deal's name.</summary>
    private static string MovedDealTitle(CardLocale locale, MovedDeal move) =>
        move.Name.Length > 0
            ? locale.Format(nameof(CardStrings.CheckInDealTitle), SummaryDisplay.Short(move.Account, SummaryDisplay.MaxDealTextLength), SummaryDisplay.Short(move.Name, SummaryDisplay.MaxDealTextLength))
            : move.Deal.Value;

    /// <summary>"Moved deal **Acme** · Renewal: Upside → Commit (50,000) — signs Thursday", the largest first.</summary>
    private static IEnumerable<CardElement> Moves(RegionLine child, CardLocale locale, Func<decimal, string> money)
    {
        var moves = child.Record?.Moves ?? [];
        foreach (var move in moves.OrderByDescending(m => m.Amount).ThenBy(m => m.Deal.Value, StringComparer.Ordinal).Take(MaxMovesPerChild))
        {
            yield return new TextBlock(locale.Format(
                nameof(CardStrings.RegionSummaryMove),
                MovedDealTitle(locale, move),
                SummaryDisplay.Category(locale, move.From),
                SummaryDisplay.Category(locale, move.To),
                money(move.Amount),
                SummaryDisplay.Short(move.Note, SummaryDisplay.MaxReasonLength)))
            { Wrap = true, Spacing = "Small" };
        }

        if (moves.Count > MaxMovesPerChild)
        {
            yield return new TextBlock(locale.Format(nameof(CardStrings.RegionSummaryMovesMore), moves.Count - MaxMovesPerChild)) { IsSubtle = true, Spacing = "Small" };
        }
    }
}
