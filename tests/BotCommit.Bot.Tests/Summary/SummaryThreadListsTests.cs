using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Bot.Tests.Summary;

/// <summary>
/// The TOP lists and stalled deals in the weekly summary's thread, through the real host, Azurite and the fake Teams
/// connector: replied once after the per-rep replies, never again on a second publish, N as the team set it, stalled
/// deals computed from the stored snapshots of record.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SummaryThreadListsTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly RepId Dana = RepId.From("00000000-0000-0000-0000-0000000000d4");

    [Fact]
    public async Task Publish_RepliesTheListsOnceInTheThread_AfterTheRepReplies()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);

        var outcome = await PublishAsync(world, world.Settings);
        var before = world.Connector.Requests.Count;
        var again = await PublishAsync(world, world.Settings);

        Assert.Equal(NotifyOutcomeKind.Sent, outcome.Kind);
        Assert.Equal(NotifyOutcomeKind.Sent, again.Kind);
        var post = await world.PostAsync();
        var lists = world.Connector.Requests[before - 1];
        Assert.Equal("POST", lists.Method);
        Assert.EndsWith("/v3/conversations/" + post.ThreadId + "/activities", lists.Path, StringComparison.Ordinal);
        Assert.Equal("TOP lists and stalled deals — 2026-W51", SummaryWorld.Title(lists));
        var facts = Facts(SummaryWorld.Card(lists));
        Assert.Contains(("**Contoso** · Contoso deal", "Alex Wilber · 100,000 · 100 % · closes 2026-12-09 · new in the list"), facts);
        Assert.Contains(("**Fabrikam** · Fabrikam deal", "Alex Wilber · 40,000 · 90 % · closes 2026-12-16 · new in the list"), facts);
        Assert.Equal(["PUT"], world.RequestsSince(before).Select(r => r.Method));
        var record = await world.Services.GetRequiredService<IActionLog>().GetAsync(
            SummaryWorld.Team, SummaryWorld.Week, "lists@" + post.RootActivityId, ScheduledActionKind.SummaryThreadLists, None);
        Assert.Equal(ActionState.Completed, record?.Value.State);
    }

    [Fact]
    public async Task Publish_TeamTopListSize_CutsEachList()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);

        await PublishAsync(world, world.Settings with { TopListSize = 1 });

        var lists = world.Connector.Requests.Last(r => r.Method == "POST");
        var texts = Texts(SummaryWorld.Card(lists));
        Assert.Contains("TOP 1: booked this month", texts);
        var facts = Facts(SummaryWorld.Card(lists));
        Assert.Contains(facts, f => f.Title == "**Contoso** · Contoso deal");
        Assert.DoesNotContain(facts, f => f.Title == "**Tailspin** · Tailspin deal"); // 20,000 booked: second largest
    }

    [Fact]
    public async Task Publish_ListsADealStalledInItsStage_AndOneWhoseCloseDateKeptMoving()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await world.Services.GetRequiredService<IRosterStore>().SaveAsync(new Rep(SummaryWorld.Team, Dana, "Dana Kim"), null, None);
        var submissions = world.Services.GetRequiredService<ISubmissionStore>();
        for (var back = 6; back >= 0; back--)
        {
            var week = ForecastWeek.FromMonday(SummaryWorld.Week.Monday.AddDays(-7 * back));
            var close = back >= 4 ? "2027-01-15" : back >= 2 ? "2027-02-15" : "2027-03-15"; // moved later twice
            await submissions.SaveAsync(SummaryWorld.Snapshot(Dana, week,
                SummaryWorld.Deal("d1", "Litware", ForecastCategory.Pipeline, 75_000m, "2027-03-31", 50),
                SummaryWorld.Deal("d2", "Proseware", ForecastCategory.Upside, 60_000m, close, 70) with { Stage = Stage.From(back == 6 ? 60 : 70) }), null, None);
        }

        await PublishAsync(world, world.Settings);

        var lists = world.Connector.Requests.Last(r => r.Method == "POST");
        var facts = Facts(SummaryWorld.Card(lists));
        Assert.Contains("Stalled deals (2)", Texts(SummaryWorld.Card(lists)));
        Assert.Contains(("**Litware** · Litware deal", "Dana Kim · 75,000 · in 50 % for at least 6 weeks"), facts);
        Assert.Contains(("**Proseware** · Proseware deal", "Dana Kim · 60,000 · close date moved 2 times"), facts);
        Assert.Contains(("**Proseware** · Proseware deal", "Dana Kim · 60,000 · 70 % · closes 2027-03-15 · 7 weeks in the list"), facts);
    }

    private static Task<NotifyOutcome> PublishAsync(SummaryWorld world, TeamSettings settings) =>
        world.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(settings, SummaryWorld.Week, late: false, None);

    private static List<(string Title, string Value)> Facts(JsonNode card) =>
        [.. Elements(card).Where(e => (string?)e["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!))];

    private static List<string> Texts(JsonNode card) =>
        [.. Elements(card).Where(e => (string?)e["type"] == "TextBlock").Select(t => (string)t["text"]!)];

    private static IEnumerable<JsonObject> Elements(JsonNode node) => node switch
    {
        JsonObject obj => [obj, .. obj.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Elements(v!))],
        JsonArray array => array.Where(v => v is not null).SelectMany(v => Elements(v!)),
        _ => [],
    };
}
