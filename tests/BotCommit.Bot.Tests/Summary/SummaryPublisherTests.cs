using BotCommit.Bot.Summary;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Summary;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BotCommit.Bot.Tests.Summary;

/// <summary>
/// The Monday summary through the real host, real Azurite tables and the fake Teams connector: a new thread in the
/// managers' channel, one reply per rep, no second parent on retry, late changes posted once, and clear reasons when
/// the channel cannot be used.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SummaryPublisherTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Publish_FirstTime_StartsAChannelThreadWithTheSummaryAndRepliesOncePerRep()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Sent, outcome.Kind);
        var requests = world.Connector.Requests;
        Assert.Equal(5, requests.Count); // root, three rep replies, then the TOP lists and stalled deals
        var parent = requests[0];
        Assert.Equal("POST", parent.Method);
        Assert.EndsWith("/v3/conversations", parent.Path, StringComparison.Ordinal);
        var body = SummaryWorld.Body(parent);
        Assert.Equal(SummaryWorld.ChannelId, (string?)body["channelData"]!["channel"]!["id"]);
        Assert.True((bool)body["isGroup"]!);
        Assert.Equal("Weekly commit summary 2026-W51", SummaryWorld.Title(parent));

        var stored = await world.PostAsync();
        var replies = requests.Skip(1).Take(3).ToList();
        Assert.All(replies, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.EndsWith("/v3/conversations/" + stored.ThreadId + "/activities", r.Path, StringComparison.Ordinal);
        });
        Assert.Equal(
            ["Alex Wilber · week 2026-W51", "Bea Müller · week 2026-W51", "Chris Green · week 2026-W51"],
            replies.Select(SummaryWorld.Title));
        Assert.Equal("TOP lists and stalled deals — 2026-W51", SummaryWorld.Title(requests[4]));
        Assert.EndsWith("/v3/conversations/" + stored.ThreadId + "/activities", requests[4].Path, StringComparison.Ordinal);
        Assert.Equal(SummaryWorld.ChannelId, stored.ChannelId);
        Assert.False(string.IsNullOrEmpty(stored.RootActivityId));
        Assert.Equal(3, (await world.RepliesPostedAsync(stored)).Count);
    }

    [Fact]
    public async Task Publish_Again_RefreshesTheParentInPlaceAndPostsNothingNew()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        var before = world.Connector.Requests.Count;
        var stored = await world.PostAsync();

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Sent, outcome.Kind);
        var update = Assert.Single(world.RequestsSince(before));
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/" + stored.RootActivityId, update.Path, StringComparison.Ordinal);
        Assert.Equal("Weekly commit summary 2026-W51", SummaryWorld.Title(update));
    }

    [Fact]
    public async Task Publish_AfterAReplyGotAnUncertainAnswer_NeverPostsItAgain_AndPostsOnlyTheMissingReplies()
    {
        // Bea's reply gets a 500: it may have arrived, so it is "delivery unknown" — not re-posted by the next attempt.
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        world.Connector.Enqueue(
            new ScriptedConnectorResponse(201, "{\"id\":\"a:thread-1\",\"activityId\":\"1770000000001\"}"),
            new ScriptedConnectorResponse(201, "{\"id\":\"1770000000002\"}"),
            ScriptedConnectorResponse.Failure(500, "ServiceError"));

        var first = await PublishAsync(world);
        var before = world.Connector.Requests.Count;
        var second = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Unreachable, first.Kind);
        Assert.Equal(NotifyOutcomeKind.Sent, second.Kind);
        var retry = world.RequestsSince(before);
        Assert.Equal(["PUT", "POST", "POST"], retry.Select(r => r.Method));
        Assert.EndsWith("/activities/1770000000001", retry[0].Path, StringComparison.Ordinal);
        Assert.Equal(["Chris Green · week 2026-W51", "TOP lists and stalled deals — 2026-W51"], retry.Skip(1).Select(SummaryWorld.Title));
        Assert.Single(world.Connector.Requests, r => r.Method == "POST" && SummaryWorld.Title(r) == "Bea Müller · week 2026-W51");
    }

    [Fact]
    public async Task LateChange_AfterThePost_IsRepliedOnceAndTheParentIsRefreshed()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        var stored = await world.PostAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));
        await RecordLateEditAsync(world, commit: 28_000m, upside: 5_000m);
        var before = world.Connector.Requests.Count;
        var poster = world.Services.GetRequiredService<PostLateChanges>();

        var posted = await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None);
        var again = await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None);

        Assert.Equal(1, posted);
        Assert.Equal(0, again);
        var requests = world.RequestsSince(before);
        Assert.Equal(["POST", "PUT"], requests.Select(r => r.Method));
        Assert.EndsWith("/v3/conversations/" + stored.ThreadId + "/activities", requests[0].Path, StringComparison.Ordinal);
        Assert.Equal("Alex Wilber: changed after cutoff: −12,000 commit, +5,000 upside", (string?)SummaryWorld.Body(requests[0])["text"]);
        Assert.EndsWith("/activities/" + stored.RootActivityId, requests[1].Path, StringComparison.Ordinal);
        // The refreshed root still counts the snapshot of record: the late edit is a revision, posted in the thread only.
        Assert.DoesNotContain("28,000", SummaryWorld.Card(requests[1]).ToJsonString(), StringComparison.Ordinal);
        var records = await world.Services.GetRequiredService<IActionLog>().ListWeekAsync(SummaryWorld.Team, SummaryWorld.Week, None);
        var record = Assert.Single(records, r => r.Kind == ScheduledActionKind.LateChangePost);
        Assert.Equal(ActionState.Completed, record.State);
        Assert.Equal((-12_000m, 5_000m), record.Payload is LateChange change ? (change.CommitDelta, change.UpsideDelta) : default);
        Assert.Null(record.Detail);
    }

    [Fact]
    public async Task LateChange_BeforeThePost_WaitsAndIsRepliedInTheNewThread()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await RecordLateEditAsync(world, commit: 45_000m, upside: 40_000m);
        var poster = world.Services.GetRequiredService<PostLateChanges>();

        var early = await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None);
        Assert.Equal(0, early);
        Assert.Empty(world.Connector.Requests);

        await PublishAsync(world);

        var requests = world.Connector.Requests;
        Assert.Equal(6, requests.Count); // root, three rep replies, the late change, the TOP lists
        Assert.Equal("Alex Wilber: changed after cutoff: +5,000 commit, +40,000 upside", (string?)SummaryWorld.Body(requests[4])["text"]);
        Assert.Equal("TOP lists and stalled deals — 2026-W51", SummaryWorld.Title(requests[5]));
        Assert.Equal(0, await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None));
    }

    [Fact]
    public async Task LateChange_TwoPostersAtOnce_IsRepliedExactlyOnce()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        await RecordLateEditAsync(world, commit: 60_000m, upside: 0m);
        var before = world.Connector.Requests.Count;
        var poster = world.Services.GetRequiredService<PostLateChanges>();

        var posted = await Task.WhenAll(
            poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None),
            poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None));

        Assert.Equal(1, posted.Sum());
        Assert.Single(world.RequestsSince(before), r => r.Method == "POST");
    }

    [Fact]
    public async Task LateChange_LeftByAPosterThatDied_IsPostedOnceTheLeaseExpires()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        await RecordLateEditAsync(world, commit: 60_000m, upside: 0m);
        var actions = world.Services.GetRequiredService<IActionLog>();
        var pending = Assert.Single(await actions.ListWeekAsync(SummaryWorld.Team, SummaryWorld.Week, None), r => r.Kind == ScheduledActionKind.LateChangePost);
        var stored = (await actions.GetAsync(SummaryWorld.Team, SummaryWorld.Week, pending.Subject, pending.Kind, None))!;
        await actions.SaveAsync(stored.Value with { State = ActionState.Claimed, UpdatedAt = world.Clock.GetUtcNow() }, stored.Version, None);
        var poster = world.Services.GetRequiredService<PostLateChanges>();

        var whileLeased = await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None);
        world.Clock.Advance(world.Services.GetRequiredService<DeliveryRunner>().Lease + TimeSpan.FromSeconds(1));
        var afterExpiry = await poster.PostPendingAsync(SummaryWorld.Team, SummaryWorld.Week, None);

        Assert.Equal(0, whileLeased);
        Assert.Equal(1, afterExpiry);
    }

    [Fact]
    public async Task Publish_RootDeletedInTeams_StartsANewThread()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        var first = await world.PostAsync();
        world.Connector.Enqueue(ScriptedConnectorResponse.Failure(404, "ActivityNotFoundInConversation"));
        var before = world.Connector.Requests.Count;

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Sent, outcome.Kind);
        var requests = world.RequestsSince(before);
        Assert.Equal(["PUT", "POST", "POST", "POST", "POST", "POST"], requests.Select(r => r.Method)); // the new thread gets the lists too
        Assert.EndsWith("/v3/conversations", requests[1].Path, StringComparison.Ordinal);
        var second = await world.PostAsync();
        Assert.NotEqual(first.RootActivityId, second.RootActivityId);
        Assert.Equal(3, (await world.RepliesPostedAsync(second)).Count);
    }

    [Fact]
    public async Task Publish_NoChannelChosen_IsUnreachableAndSaysWhatToDo()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString, chooseChannel: false);

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Unreachable, outcome.Kind);
        Assert.Contains("set channel", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(world.Connector.Requests);
    }

    [Fact]
    public async Task Publish_ChannelTheBotHasNoAddressFor_IsUnreachableAndSaysWhatToDo()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString, knowChannel: false);

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Unreachable, outcome.Kind);
        Assert.Contains("add the app to that team", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(world.Connector.Requests);
    }

    [Fact]
    public async Task Publish_BotRemovedFromTheTeam_IsUnreachable()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        world.Connector.Enqueue(ScriptedConnectorResponse.Failure(403, "BotNotInConversationRoster"));

        var outcome = await PublishAsync(world);

        Assert.Equal(NotifyOutcomeKind.Unreachable, outcome.Kind);
        Assert.Contains("uninstalled", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(world.Connector.Requests);
    }

    [Fact]
    public async Task Publish_PostedLate_SaysSoInTheTitle()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);

        await world.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(world.Settings, SummaryWorld.Week, late: true, None);

        Assert.Equal("Weekly commit summary 2026-W51 (late)", SummaryWorld.Title(world.Connector.Requests[0]));
    }

    [Fact]
    public async Task Preview_BuildsTheParentCardWithoutPosting()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);

        var card = await world.Services.GetRequiredService<SummaryPreview>().BuildAsync(SummaryWorld.Team, SummaryWorld.Week, CardLocale.English, None);

        Assert.NotNull(card);
        Assert.Equal("Weekly commit summary 2026-W51", (string?)card["body"]![0]!["text"]);
        Assert.Contains("Chris Green (carried)", card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Empty(world.Connector.Requests);
    }

    [Fact]
    public async Task Publish_KeepsTheSettingsAndSummaryOfRecord_SoAnExportAfterLaterChangesReproducesThePostedSummary()
    {
        await using var world = await SummaryWorld.StartAsync(azurite.ConnectionString);
        await PublishAsync(world);
        var posted = BotCommit.Exchange.SummaryJson.Write(
            (await world.Services.GetRequiredService<ComposeWeeklySummary>().ComposeAsync(world.Settings, SummaryWorld.Week, late: false, None)).Summary);

        // After the post: the month target and the zone change, and a rep joins (no snapshot: "missing" if recomputed today).
        var teams = world.Services.GetRequiredService<ITeamSettingsStore>();
        var stored = (await teams.GetAsync(SummaryWorld.Team, None))!;
        var today = stored.Value with { TimeZoneId = "Asia/Tokyo", MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 900_000m } };
        await teams.SaveAsync(today, stored.Version, None);
        var roster = world.Services.GetRequiredService<IRosterStore>();
        await roster.SaveAsync(new BotCommit.Forecasting.Teams.Rep(SummaryWorld.Team, BotCommit.Forecasting.Teams.RepId.From("dora"), "Dora"), null, None);

        var kept = await world.Services.GetRequiredService<SummaryOfRecord>().GetAsync(SummaryWorld.Team, SummaryWorld.Week, None);

        Assert.NotNull(kept);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(posted), System.Text.Json.Nodes.JsonNode.Parse(kept.Value.SummaryJson)));
        var csv = string.Concat((await world.Services.GetRequiredService<BotCommit.Bot.Admin.SubmissionsExport>().ExportAsync(today, SummaryWorld.Week, None)).Parts);
        var offline = BotCommit.Exchange.OfflineSummary.Compute(csv, kept.Value.SettingsJson, SummaryWorld.Week);
        Assert.True(offline.Succeeded);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(posted), System.Text.Json.Nodes.JsonNode.Parse(BotCommit.Exchange.SummaryJson.Write(offline.Summary!))));
        var withToday = BotCommit.Exchange.OfflineSummary.Compute(
            csv, BotCommit.Exchange.TeamSettingsJson.Write(today, await roster.ListAsync(SummaryWorld.Team, None)), SummaryWorld.Week);
        Assert.False(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(posted), System.Text.Json.Nodes.JsonNode.Parse(BotCommit.Exchange.SummaryJson.Write(withToday.Summary!)))); // today's settings would not
    }

    private static Task<NotifyOutcome> PublishAsync(SummaryWorld world) =>
        world.Services.GetRequiredService<ISummaryPublisher>().PublishAsync(world.Settings, SummaryWorld.Week, late: false, None);

    // Alex edits after the deadline: Fabrikam commit 40,000 → the given amount, plus a new upside deal.
    private static async Task RecordLateEditAsync(SummaryWorld world, decimal commit, decimal upside)
    {
        var edited = SummaryWorld.Snapshot(SummaryWorld.Alex, SummaryWorld.Week,
            SummaryWorld.Deal("a1", "Contoso", ForecastCategory.Won, 100_000m, "2026-12-09", 100),
            SummaryWorld.Deal("a2", "Fabrikam", ForecastCategory.Commit, commit, "2026-12-16", 90),
            SummaryWorld.Deal("a3", "Adatum", ForecastCategory.Upside, upside, "2026-12-22", 70));
        var result = await world.Services.GetRequiredService<RecordSubmission>().RecordAsync(world.Settings, edited, None);
        Assert.NotNull(result.LateChange);
    }
}
