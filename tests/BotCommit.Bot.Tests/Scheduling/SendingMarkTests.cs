using System.Collections.Concurrent;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Storage.AzureTables;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Bot.Tests.Scheduling;

/// <summary>
/// The host wires the schedule's "sending" mark to the connector: when a nudge's request reaches Teams, its action
/// record already says Sending (written after the rate-limit permit, before the wire); after the answer it says Completed.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SendingMarkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ScheduledNudge_WhenTheCardReachesTeams_TheActionIsRecordedAsSending()
    {
        var (host, connector) = await BotHost.StartAsync(azurite.ConnectionString);
        await using var _ = host;
        await using var __ = connector;
        var storage = host.Services.GetRequiredService<AzureTablesStorage>();
        var team = await DueNudgeTeam.SeedAsync(storage, connector.ServiceUrl, "19:mark@thread.tacv2", 3, CancellationToken.None);
        var roster = await storage.Roster.ListAsync(team.Id, CancellationToken.None);
        var week = ReviewWeek.ForRoster(team, roster, DateTimeOffset.UtcNow);
        var statesOnArrival = new ConcurrentDictionary<string, ActionState>();
        connector.Responder = request =>
        {
            if (DueNudgeTeam.CardConversation(request) is { } chat)
            {
                var rep = DueNudgeTeam.RepOf(int.Parse(chat["a:chat-".Length..], System.Globalization.CultureInfo.InvariantCulture));
                var record = storage.Actions.GetAsync(team.Id, week, rep, ScheduledActionKind.Nudge, CancellationToken.None).GetAwaiter().GetResult();
                statesOnArrival[rep] = record?.Value.State ?? ActionState.Unknown;
            }

            return null;
        };

        var result = await host.Services.GetRequiredService<RunScheduleTick>().RunAsync(CancellationToken.None);

        Assert.Equal(3, result.Actions.Sent);
        Assert.Equal(3, statesOnArrival.Count);
        Assert.All(statesOnArrival.Values, state => Assert.Equal(ActionState.Sending, state));
        var after = await storage.Actions.ListWeekAsync(team.Id, week, CancellationToken.None);
        Assert.All(after.Where(r => r.Kind == ScheduledActionKind.Nudge), r => Assert.Equal(ActionState.Completed, r.State));
    }
}
