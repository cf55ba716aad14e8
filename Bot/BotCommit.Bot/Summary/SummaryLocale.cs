using BotCommit.Cards;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The channel's cards are read by many people: texts and numbers follow the team's culture (as the escalation
/// message does), not the locale of whoever last wrote in the channel.
/// </summary>
internal static class SummaryLocale
{
    public static CardLocale For(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return CardLocale.ForTeam(team);
    }
}
