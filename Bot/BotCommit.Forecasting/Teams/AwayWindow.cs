using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Teams;

/// <summary>
/// The dates a rep may be marked away until, for a review week (one rule for the card's "I'm away", the rep's
/// <c>away until</c> and the admin's <c>away @rep</c>): from the week's Monday (an earlier date would not cover the week,
/// see <see cref="Rep.IsAwayOn"/>) to <see cref="MaxDays"/> days after it.
/// </summary>
public readonly record struct AwayWindow(DateOnly First, DateOnly Last)
{
    /// <summary>How far ahead "away until" may reach.</summary>
    public const int MaxDays = 366;

    public static AwayWindow For(ForecastWeek week) => new(week.Monday, week.Monday.AddDays(MaxDays));

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
