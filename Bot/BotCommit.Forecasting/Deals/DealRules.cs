using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Deals;

/// <summary>
/// The business rules a deal line must meet when a rep enters it, as rule codes (<see cref="DealRule"/>); the card
/// layer words them for the field they belong to. The checks take the values as far as they could be read: a null value
/// (unreadable input, already reported by the card layer) skips the rules that need it.
/// </summary>
public static class DealRules
{
    /// <summary>Close dates further back than this many years from the week's Monday are typos.</summary>
    public const int MaxYearsBack = 2;

    /// <summary>Close dates further ahead than this many years from the week's Monday are typos.</summary>
    public const int MaxYearsAhead = 5;

    public static bool IsOpen(ForecastCategory? category) =>
        category is ForecastCategory.Commit or ForecastCategory.Upside or ForecastCategory.Pipeline;

    /// <summary>A commit below closing stage or with an unticked checklist item (values as far as known).</summary>
    public static bool IsSoftCommit(ForecastCategory? category, Stage? stage, CommitChecklist? checklist) =>
        category == ForecastCategory.Commit && ((stage is { } known && known < Stage.Closing) || checklist is { IsComplete: false });

    /// <summary>The plausible close dates for <paramref name="week"/>: Monday − <see cref="MaxYearsBack"/> .. + <see cref="MaxYearsAhead"/> years.</summary>
    public static (DateOnly First, DateOnly Last) CloseDateRange(ForecastWeek week) =>
        (week.Monday.AddYears(-MaxYearsBack), week.Monday.AddYears(MaxYearsAhead));

    /// <summary>
    /// The rules one line breaks, in this order: an open deal closing before the week's Monday
    /// (<see cref="DealRule.CloseDateInPast"/>); a soft commit without a reason (<see cref="DealRule.ReasonRequired"/>,
    /// an empty <paramref name="reason"/>); "unrealized" on anything but Won (<see cref="DealRule.UnrealizedNotWon"/>).
    /// </summary>
    public static IReadOnlyList<DealRule> Check(
        ForecastWeek week, ForecastCategory? category, DateOnly? closeDate, Stage? stage, CommitChecklist? checklist, bool? unrealized, string? reason)
    {
        var broken = new List<DealRule>();
        if (IsOpen(category) && closeDate < week.Monday)
        {
            broken.Add(DealRule.CloseDateInPast);
        }

        if (IsSoftCommit(category, stage, checklist) && reason is { Length: 0 })
        {
            broken.Add(DealRule.ReasonRequired);
        }

        if (unrealized == true && category is not null && category != ForecastCategory.Won)
        {
            broken.Add(DealRule.UnrealizedNotWon);
        }

        return broken;
    }
}
