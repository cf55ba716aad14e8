using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Admin;

/// <summary>Display texts shared by the admin cards: amounts, periods and name lists in the team's culture.</summary>
public static class AdminText
{
    /// <summary>At most this many names are listed in one line; the rest are counted ("and 12 more").</summary>
    public const int MaxNamesPerLine = 40;

    /// <summary>"1,200,000 USD", "¥1,200,000", "¥120万" (two decimals only when there are cents), in the team's style.</summary>
    public static string Money(CardLocale locale, decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return locale.People.Money(amount, currency);
    }

    /// <summary>"December 2026".</summary>
    public static string Month(CardLocale locale, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return locale.Format(nameof(CardStrings.AdminMonthName), month.First.ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>"Oct–Dec 2026" (the quarter's months).</summary>
    public static string Quarter(CardLocale locale, FiscalQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return locale.Format(
            nameof(CardStrings.AdminQuarterRange),
            quarter.FirstMonth.First.ToDateTime(TimeOnly.MinValue),
            quarter.LastMonth.First.ToDateTime(TimeOnly.MinValue));
    }

    /// <summary>Escaped names joined with ", ", cut after <see cref="MaxNamesPerLine"/> with "and N more"; "—" when empty.</summary>
    public static string Names(CardLocale locale, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(names);
        var all = names.Select(CardText.Escape).ToList();
        if (all.Count == 0)
        {
            return locale.Text(nameof(CardStrings.AdminNobody));
        }

        var shown = string.Join(", ", all.Take(MaxNamesPerLine));
        return all.Count <= MaxNamesPerLine
            ? shown
            : locale.Format(nameof(CardStrings.AdminMoreNames), shown, all.Count - MaxNamesPerLine);
    }
}
