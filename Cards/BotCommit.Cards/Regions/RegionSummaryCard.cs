using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Regions;

/// <summary>
/// A region's weekly summary in its channel: the region's own roll-up (its children's calls), then per child the
/// roll-up, the call, call − roll-up with the notes, and whether the child called; then the biggest judgement changes.
/// Everything is text (no chart yet), so the fallback text is the same content.
/// </summary>
public static class RegionSummaryCard
{
    public static AdaptiveCard Build(OrgNode region, RegionSummary summary, string currency, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(locale);
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
        foreach (var child in summary.Children)
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
}
