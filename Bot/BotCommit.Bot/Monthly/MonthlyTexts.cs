using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Monthly;

/// <summary>The monthly forecast's host strings (Resources/MonthlyBotStrings.resx) for a reader.</summary>
internal static class MonthlyTexts
{
    public static UserTexts For(string? readerLocale, TeamSettings team) =>
        new(Resources.MonthlyBotStrings.ResourceManager, CardLocale.ForReader(readerLocale, team));

    public static UserTexts For(string? activityLocale, string? teamCulture) =>
        new(Resources.MonthlyBotStrings.ResourceManager, CardLocale.For(activityLocale, teamCulture));

    /// <summary>A month as a date PeopleFormat writes with <c>{0:MMMM yyyy}</c> (<c>December 2026</c> / <c>2026年12月</c>).</summary>
    public static DateTime AsDate(YearMonth month) => new(month.Year, month.Month, 1);
}
