using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Turns;

/// <summary>What the sender's Teams client says about itself (zone and locale), for the domain to keep on the rep.</summary>
internal static class RepClients
{
    public static RepClient Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new RepClient(activity.GetClientTimeZone(), activity.GetClientLocale());
    }
}
