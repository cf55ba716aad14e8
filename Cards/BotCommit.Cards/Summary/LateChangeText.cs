using BotCommit.Cards.Resources;
using BotCommit.Forecasting.CheckIn;

namespace BotCommit.Cards.Summary;

/// <summary>
/// The thread reply for a change after the cutoff: "Alex: changed after cutoff: +12,000 commit, −5,000 upside"
/// (amounts in the team's culture; the rep's name escaped for markdown).
/// </summary>
public static class LateChangeText
{
    public static string Format(CardLocale locale, string repName, LateChange change)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(change);
        var parts = new List<string>(2);
        if (change.CommitDelta != 0m)
        {
            parts.Add(locale.Format(nameof(CardStrings.SummaryLateChangeCommit), SummaryDisplay.SignedAmount(locale, change.CommitDelta)));
        }

        if (change.UpsideDelta != 0m)
        {
            parts.Add(locale.Format(nameof(CardStrings.SummaryLateChangeUpside), SummaryDisplay.SignedAmount(locale, change.UpsideDelta)));
        }

        var what = parts.Count > 0 ? string.Join(", ", parts) : locale.Text(nameof(CardStrings.SummaryLateChangeNoTotals));
        return locale.Format(nameof(CardStrings.SummaryLateChange), SummaryDisplay.Short(repName, SummaryDisplay.MaxNameLength), what);
    }
}
