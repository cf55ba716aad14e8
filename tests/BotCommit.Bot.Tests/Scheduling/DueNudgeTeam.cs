using BotCommit.Storage.AzureTables.Conversations;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Scheduling;

/// <summary>
/// A team whose nudge is due whatever the day (nudge Sunday 00:00 UTC, deadline Saturday 23:59), with N reps who each
/// have one open deal and a personal chat on the fake connector (conversation <c>a:chat-{i}</c>).
/// </summary>
internal static class DueNudgeTeam
{
    public static async Task<TeamSettings> SeedAsync(AzureTablesStorage storage, Uri serviceUrl, string teamId, int reps, CancellationToken cancellationToken)
    {
        var schedule = WeeklySchedule.Default with
        {
            Nudge = new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(0, 0)),
            Reminders = [],
            Deadline = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Summary = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
            Call = new LocalWeeklyTime(DayOfWeek.Saturday, new TimeOnly(23, 59)),
        };
        // The weekly fan-out only: with the monthly forecast on, a due week would bring each rep a second (monthly) card.
        var team = new TeamSettings(TeamId.From(teamId)) { Name = "Due", TimeZoneId = "UTC", Schedule = schedule, MonthlyForecastOff = true };
        await storage.Teams.SaveAsync(team, null, cancellationToken);
        var references = storage.Conversations;
        for (var i = 0; i < reps; i++)
        {
            var aad = $"aaaaaaaa-0000-0000-0000-{i:D12}";
            var rep = new Rep(team.Id, RepId.From(aad), $"Rep {i}");
            await storage.Roster.SaveAsync(rep, null, cancellationToken);
            await storage.Deals.ReplaceAsync(team.Id, rep.Id,
                [new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Upside, 1000m + i, new DateOnly(2027, 1, 15), Stage.From(50))],
                cancellationToken);
            await references.SaveAsync(new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                TenantId = "tenant",
                Conversation = new ConversationAccount { Id = ChatOf(i), ConversationType = "personal" },
                Bot = new ChannelAccount { Id = "28:bot" },
                User = new ChannelAccount { Id = $"29:user-{i}", AadObjectId = aad },
                State = ConversationReferenceStates.Active,
            }, cancellationToken);
        }

        return team;
    }

    public static string ChatOf(int rep) => $"a:chat-{rep}";

    public static string RepOf(int rep) => $"aaaaaaaa-0000-0000-0000-{rep:D12}";

    /// <summary>Every check-in card the connector received (accepted or refused), with its conversation id.</summary>
    public static List<(string Conversation, RecordedConnectorRequest Request)> CardPosts(FakeTeamsConnector connector) =>
        connector.Requests
            .Select(r => (Conversation: CardConversation(r), Request: r))
            .Where(c => c.Conversation is not null)
            .Select(c => (c.Conversation!, c.Request))
            .ToList();

    /// <summary>The conversation id when <paramref name="request"/> posts a check-in card, else null.</summary>
    public static string? CardConversation(RecordedConnectorRequest request) =>
        request.Method == "POST" && request.Body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)
            ? Uri.UnescapeDataString(request.Path.Split('/')[^2])
            : null;
}
