using System.Text.Json.Nodes;
using BotCommit.Cards;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Summary;

/// <summary>
/// The root card of a week's summary without posting it, for an admin's private preview ("summary now") before
/// "post". Reads only.
/// </summary>
internal sealed class SummaryPreview(ITeamSettingsStore settings, ComposeWeeklySummary compose)
{
    /// <summary>The card JSON as it would be posted (in <paramref name="locale"/>), or null when the team is unknown.</summary>
    public async Task<JsonObject?> BuildAsync(TeamId team, ForecastWeek week, CardLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locale);
        var stored = await settings.GetAsync(team, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var composition = await compose.ComposeAsync(stored.Value, week, late: false, cancellationToken);
        return SummaryCard.Build(TeamsSummaryDelivery.Model(composition), locale).ToJson();
    }
}
