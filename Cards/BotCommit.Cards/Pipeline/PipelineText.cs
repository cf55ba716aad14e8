using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Resources;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Cards.Pipeline;

/// <summary>
/// How a stalled deal and a TOP list line read, in the reader's language: "in 50 % for 9 weeks", "close date moved
/// 3 times", "new in the list" / "4 weeks in the list". Shared by the monthly review, the weekly thread's reply and the
/// rep's own check-in card, so a deal is described the same way everywhere.
/// </summary>
public static class PipelineText
{
    /// <summary>Every reason <paramref name="stalled"/> is stalled, joined with "; ".</summary>
    public static string StallReasons(CardLocale locale, StalledDeal stalled)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(stalled);
        return string.Join(locale.IsChinese ? "；" : "; ", stalled.Reasons.Select(r => StallReason(locale, r, stalled.History)));
    }

    /// <summary>
    /// One reason: "in 50 % for 9 weeks" (or "for at least 9 weeks" when the stage is as old as the history read), or
    /// "close date moved 3 times".
    /// </summary>
    public static string StallReason(CardLocale locale, StallReason reason, DealStageHistory history)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(history);
        return reason switch
        {
            Forecasting.Pipeline.StallReason.LongInStage => locale.Format(
                history.RunStartsHistory ? nameof(CardStrings.StalledInStageAtLeast) : nameof(CardStrings.StalledInStage),
                CheckInText.Stage(locale, history.Deal.Stage),
                history.WeeksInStage),
            Forecasting.Pipeline.StallReason.RepeatedSlips => locale.Format(nameof(CardStrings.StalledSlips), history.SlipCount),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a stall reason."),
        };
    }

    /// <summary>"new in the list" for a deal in its first week, else "4 weeks in the list".</summary>
    public static string WeeksInList(CardLocale locale, int weeks)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return weeks <= 1 ? locale.Text(nameof(CardStrings.TopDealNew)) : locale.Format(nameof(CardStrings.TopDealWeeks), weeks);
    }

    /// <summary>The list's name: "booked this month", "closing (≥ 90 %, by the quarter's end)", "best few (60–80 %)".</summary>
    public static string ListName(CardLocale locale, TopListKind kind)
    {
        ArgumentNullException.ThrowIfNull(locale);
        return kind switch
        {
            TopListKind.BookedThisMonth => locale.Text(nameof(CardStrings.TopListBookedThisMonth)),
            TopListKind.Closing => locale.Text(nameof(CardStrings.TopListClosing)),
            TopListKind.BestFew => locale.Text(nameof(CardStrings.TopListBestFew)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a TOP list."),
        };
    }
}
