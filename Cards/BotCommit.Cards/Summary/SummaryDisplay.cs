using System.Globalization;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;

namespace BotCommit.Cards.Summary;

/// <summary>
/// Display texts of the summary cards: amounts, percentages and dates in the team's culture (rounded here, once, half
/// away from zero), user text escaped and shortened so long names cannot blow up the card.
/// </summary>
internal static class SummaryDisplay
{
    /// <summary>Longest rep name shown in tables, lists and the chart.</summary>
    public const int MaxNameLength = 24;

    /// <summary>Longest account or deal name shown.</summary>
    public const int MaxDealTextLength = 30;

    /// <summary>Longest free-text reason shown.</summary>
    public const int MaxReasonLength = 120;

    /// <summary>Whole amounts without decimals, others with two: 125,000 and 40,000.50 (en-US).</summary>
    public static string Amount(CardLocale locale, decimal amount) => locale.People.Number(amount);

    /// <summary>"+12,000", "−5,000" (a real minus sign), "0".</summary>
    public static string SignedAmount(CardLocale locale, decimal amount) => amount switch
    {
        > 0m => "+" + Amount(locale, amount),
        < 0m => "\u2212" + Amount(locale, -amount),
        _ => Amount(locale, 0m),
    };

    /// <summary>A ratio as a percentage with one decimal: 0.97333 → "97.3 %".</summary>
    public static string Percent(CardLocale locale, decimal ratio)
    {
        var percent = decimal.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero);
        return locale.Format(nameof(CardStrings.SummaryPercent), percent.ToString("N1", locale.FormatCulture));
    }

    /// <summary>Most decimals a judged percent is shown with (beyond this, values differ by less than any money amount).</summary>
    public const int MaxJudgedDecimals = 6;

    /// <summary>
    /// A ratio that is judged against a band, shown so that what is read is what was judged: one decimal, or more when one
    /// decimal would put it on the other side of the band (94.96 % is flagged below 95 % and would read "95.0 %"; it reads
    /// "94.96 %"). <paramref name="isOutside"/> is the band's test, applied to the unrounded value for the flag and to the
    /// rounded one for the display.
    /// </summary>
    public static string JudgedPercent(CardLocale locale, decimal ratio, Func<decimal, bool> isOutside)
    {
        ArgumentNullException.ThrowIfNull(isOutside);
        var flagged = isOutside(ratio);
        for (var decimals = 1; ; decimals++)
        {
            var percent = decimal.Round(ratio * 100m, decimals, MidpointRounding.AwayFromZero);
            if (isOutside(percent / 100m) == flagged || decimals == MaxJudgedDecimals)
            {
                var format = "N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return locale.Format(nameof(CardStrings.SummaryPercent), percent.ToString(format, locale.FormatCulture));
            }
        }
    }

    public static string Date(CardLocale locale, DateOnly date) => locale.People.Date(date);

    public static string Stage(CardLocale locale, Stage stage) => CheckInText.Stage(locale, stage);

    public static string Category(CardLocale locale, ForecastCategory category) => CheckInText.Category(locale, category);

    /// <summary>User text cut to <paramref name="maxLength"/> characters (with an ellipsis), then escaped for markdown.</summary>
    public static string Short(string? text, int maxLength) => CardText.Escape(Cut(text, maxLength));

    /// <summary>
    /// User text cut to <paramref name="maxLength"/> characters (with an ellipsis), control characters as spaces, not
    /// escaped: for plain-text fields such as chart labels.
    /// </summary>
    public static string Cut(string? text, int maxLength)
    {
        var value = new string([.. (text ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        if (value.Length > maxLength)
        {
            var cut = maxLength - 1;
            if (char.IsHighSurrogate(value[cut - 1]))
            {
                cut--;
            }

            value = value[..cut].TrimEnd() + "\u2026";
        }

        return value;
    }

    public static string Name(RepSummary rep) => Short(rep.RepName, MaxNameLength);

    /// <summary>"**Account** · Deal", both escaped and shortened.</summary>
    public static string DealTitle(CardLocale locale, DealForecast deal) =>
        locale.Format(nameof(CardStrings.CheckInDealTitle), Short(deal.Account, MaxDealTextLength), Short(deal.Name, MaxDealTextLength));

    /// <summary>"A, B, C" or, beyond <paramref name="max"/> names, "A, B and 7 more".</summary>
    public static string Names(CardLocale locale, IReadOnlyList<string> names, int max)
    {
        if (names.Count <= max)
        {
            return string.Join(", ", names);
        }

        return locale.Format(nameof(CardStrings.SummaryMoreNames), string.Join(", ", names.Take(max)), names.Count - max);
    }

    /// <summary>The rep's name with their state when it needs attention: "Alex (late)", "Sam (missing)".</summary>
    public static string NameWithState(CardLocale locale, RepSummary rep)
    {
        var name = Name(rep);
        return rep switch
        {
            { Left: true } => locale.Format(nameof(CardStrings.SummaryRepLeft), name),
            { Away: true } => locale.Format(nameof(CardStrings.SummaryRepAway), name),
            { Submitted: true, Late: true } => locale.Format(nameof(CardStrings.SummaryRepLate), name),
            { Submitted: true } => name,
            { Carried: true } => locale.Format(nameof(CardStrings.SummaryRepCarried), name),
            _ => locale.Format(nameof(CardStrings.SummaryRepMissing), name),
        };
    }

    /// <summary>True when the rep's state is a problem for the process (missing, carried or late; not away, not left).</summary>
    public static bool NeedsAttention(RepSummary rep) => !rep.Away && !rep.Left && (!rep.Submitted || rep.Late);

    /// <summary>An invariant number from a movement's From/To as an amount for people, or the text as is.</summary>
    public static string InvariantAmount(CardLocale locale, string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? Amount(locale, amount) : CardText.Escape(text);

    /// <summary>A movement's <c>yyyy-MM-dd</c> From/To as a date for people, or the text as is.</summary>
    public static string InvariantDate(CardLocale locale, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Date(locale, date) : CardText.Escape(text);

    /// <summary>A movement's category From/To ("Commit", "new", "removed") in the reader's language.</summary>
    public static string CategoryText(CardLocale locale, string text)
    {
        if (text == DealMovement.New)
        {
            return locale.Text(nameof(CardStrings.SummaryMoveFromNew));
        }

        if (text == DealMovement.Removed)
        {
            return locale.Text(nameof(CardStrings.SummaryMoveToRemoved));
        }

        return Enum.TryParse<ForecastCategory>(text, ignoreCase: false, out var category)
            && Enum.IsDefined(category) && category != ForecastCategory.Unknown
            ? Category(locale, category)
            : CardText.Escape(text);
    }
}
