using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Deliveries;

/// <summary>
/// Keys of deliveries outside the weekly cadence, in the same records as the week's: the setup card of a team (its team,
/// <see cref="AnyWeek"/>) and the welcome card of a personal install (<see cref="Conversations"/>, <see cref="AnyWeek"/>,
/// the conversation id as subject).
/// </summary>
public static class DeliveryScope
{
    /// <summary>The "team" of conversation-scoped deliveries (never a Teams team id, which look like <c>19:…@thread…</c>).</summary>
    public static TeamId Conversations { get; } = TeamId.From("~conversations");

    /// <summary>The "week" of deliveries that belong to no week (<c>0001-W01</c>).</summary>
    public static ForecastWeek AnyWeek { get; } = ForecastWeek.FromMonday(DateOnly.MinValue);

    public static ActionRecord Welcome(string conversationId) =>
        new(Conversations, AnyWeek, conversationId, ScheduledActionKind.Welcome);

    public static ActionRecord TeamSetup(TeamId team) =>
        new(team, AnyWeek, ActionRecord.TeamSubject, ScheduledActionKind.TeamSetup);
}
