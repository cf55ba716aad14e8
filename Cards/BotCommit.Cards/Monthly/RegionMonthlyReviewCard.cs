using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Cards.Monthly;

/// <summary>
/// A region's monthly forecast review for its channel (issue #18 item 2, rolled up as the weekly region summary): title
/// "Monthly forecast review — region — month", the region's own line (its children summed, ratios of sums), then one
/// compact line per direct child (team or region) with every figure of the monthly table and its monthly compliance, ⚠
/// on those outside their band exactly as the domain flagged them (<see cref="MonthlyFigureLines"/>, shared with the
/// team's review). Children past <see cref="MaxCardBytes"/> are counted, not shown.
/// </summary>
public static class RegionMonthlyReviewCard
{
    public const int MaxCardBytes = CardSize.TargetActivityBytes - 1_000;

    /// <summary>Id of the container with the per-child lines.</summary>
    public const string ChildLinesId = "region-monthly-children";

    public static AdaptiveCard Build(RegionMonthlyReview review, string currency, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(locale);
        var name = SummaryDisplay.Short(review.Own.Node.Name, 80);
        var title = locale.Format(nameof(CardStrings.RegionMonthlyReviewTitle), name, AdminText.Month(locale, review.Month));
        AdaptiveCard Write(int rows) => new([.. Top(review, currency, locale, title, name), .. Children(review, locale, rows)]) { FallbackText = title };

        var rows = review.Children.Count;
        var card = Write(rows);
        while (rows > 0 && CardSize.Utf16Bytes(card.ToJson()) > MaxCardBytes)
        {
            rows--;
            card = Write(rows);
        }

        return card;
    }

    private static IEnumerable<CardElement> Top(RegionMonthlyReview review, string currency, CardLocale locale, string title, string name)
    {
        yield return new TextBlock(title) { Size = "Large", Weight = "Bolder" };
        yield return new TextBlock(locale.Format(
            nameof(CardStrings.MonthlyReviewSubtitleNoTeam),
            AdminText.Month(locale, review.Month),
            AdminText.Month(locale, review.Month.AddMonths(11)),
            currency))
        { IsSubtle = true, Spacing = "None" };
        yield return new TextBlock(locale.Format(nameof(CardStrings.RegionMonthlyRegionHeader), name)) { Weight = "Bolder", Separator = true };
        yield return new TextBlock(Compact(review.Own, locale)) { Spacing = "None", Size = "Small" };
    }

    private static IEnumerable<CardElement> Children(RegionMonthlyReview review, CardLocale locale, int rows)
    {
        if (review.Children.Count == 0)
        {
            yield break;
        }

        var items = new List<CardElement>();
        foreach (var child in review.Children.Take(rows))
        {
            items.Add(new TextBlock(SummaryDisplay.Short(child.Node.Name, 80)) { Weight = "Bolder", Spacing = "Medium" });
            items.Add(new TextBlock(Compact(child, locale)) { Spacing = "None", Size = "Small" });
        }

        if (rows < review.Children.Count)
        {
            items.Add(new TextBlock(locale.Format(nameof(CardStrings.RegionMonthlyMoreChildren), review.Children.Count - rows)) { IsSubtle = true });
        }

        yield return new TextBlock(locale.Text(nameof(CardStrings.RegionMonthlyChildrenHeader))) { Weight = "Bolder", Separator = true };
        yield return new Container(items) { Id = ChildLinesId };
    }

    /// <summary>"12-month forecast: 4,200 of 4,960 · … · ⚠ Monthly compliance: 3 of 4 (75.0 %)".</summary>
    private static string Compact(RegionMonthlyLine line, CardLocale locale)
    {
        var lines = new List<FigureLine>(MonthlyFigureLines.For(line.Figures, locale, compact: true))
        {
            MonthlyFigureLines.Compliance(line.OnTimeCount, line.ExpectedCount, line.Compliance, line.Warnings, locale),
        };
        return string.Join(" · ", lines.Select(l => locale.Format(
            l.Flagged ? nameof(CardStrings.MonthlyFlaggedValue) : nameof(CardStrings.MonthlyFigureValue), l.Label, l.Value)));
    }
}
