using BotCommit.Exchange.Regions;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Azurite;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Storage.Tests.Regions;

/// <summary>
/// One week of the regions flow on Azurite, through the domain's use cases and the real stores (the host's Teams side
/// is the recording delivery): an org with two regions and five teams, 60 reps who submit; the tick sends each team
/// manager's call card once; the managers call bottom-up (one team makes no call, one moves a deal); each region's
/// summary is posted once, with its children's calls of record; an export of the top region, read as of its post,
/// gives the posted summary again offline (<see cref="OfflineRegionSummary"/>); a later tick sends nothing again.
/// </summary>
[Collection(AzuriteCollectionDefinition.Name)]
public sealed class RegionWeekOnAzuriteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W49"); // Monday 2026-11-30
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly string[] s_teams = ["t-de", "t-uk", "t-au", "t-cn", "t-jp"];

    private readonly AzuriteScope _scope = new(azurite);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    [Fact]
    public async Task OneWeek_SixtyReps_CallsBottomUp_EachRegionSummaryPostedOnce()
    {
        var storage = (await _scope.GetAsync()).Storage;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await SeedAsync(storage);
        var delivery = new RecordingRegionDelivery();
        var reader = new RegionWeekReader(storage.Teams, storage.Roster, storage.Submissions, storage.Calls);
        var record = new RecordCall(storage.OrgTree, storage.Calls, reader, clock);
        var compose = new ComposeRegionSummary(storage.OrgTree, storage.Calls, reader, clock);
        var tick = new RunRegionTick(storage.OrgTree, reader, record, compose, new DeliveryRunner(storage.Actions, clock, ScheduleRunOptions.Default), delivery, clock);

        // Sunday: nothing is due yet.
        Assert.Empty(await tick.RunAsync(s_none));

        // Monday 10:00 UTC: the teams' records are final (their summary at 08:00): each team manager gets one card.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        await tick.RunAsync(s_none);
        await tick.RunAsync(s_none);
        Assert.Equal(s_teams.Select(t => "m-" + t).Order(), delivery.Cards.Select(c => c.Manager.Value).Order());
        var deCard = delivery.Cards.Single(c => c.Manager.Value == "m-t-de").Card;
        Assert.Equal(12 * 100m, deCard.RollUp.ThisWeekCommit); // 12 reps × one Commit of 100 closing this week
        Assert.Equal(12 * 50m, deCard.RollUp.ThisWeekUpside);

        // The team managers call (t-jp makes none): a figure set with a note, a deal moved, the roll-up kept.
        var de = await CallAsync(record, "t-de", "m-t-de", deCard.RollUp, new() { [CallFigure.ThisWeekCommit] = 1000m }, new() { [CallFigure.ThisWeekCommit] = "two deals slip to next week" });
        Assert.True(de.Acceptance.Accepted, string.Join(", ", de.Acceptance.Problems.Select(p => p.Rule)));
        var ukCard = (await record.PrepareAsync(NodeId.From("t-uk"), s_week, s_none))!;
        var uk = await record.RecordAsync(
            new CallEntry(NodeId.From("t-uk"), s_week, RepId.From("m-t-uk"), [], [new DealMoveRequest(RepId.From("t-uk-r01"), DealId.From("up-t-uk-r01"), ForecastCategory.Commit, "PO signed")]),
            s_none);
        Assert.True(uk.Acceptance.Accepted, string.Join(", ", uk.Acceptance.Problems.Select(p => p.Rule)));
        Assert.Equal(ukCard.RollUp.ThisWeekCommit + 50m, uk.Figures!.ThisWeekCommit);
        Assert.True((await CallAsync(record, "t-au", "m-t-au", ukCard.RollUp, [], [])).Acceptance.Accepted);
        Assert.True((await CallAsync(record, "t-cn", "m-t-cn", ukCard.RollUp, new() { [CallFigure.QuarterForecast] = 2000m }, new() { [CallFigure.QuarterForecast] = "renewal lands in December" })).Acceptance.Accepted);
        var stranger = await CallAsync(record, "t-cn", "m-t-de", ukCard.RollUp, [], []);
        Assert.Contains(stranger.Acceptance.Problems, p => p.Rule == CallRule.NotAManager);
        Assert.Empty(delivery.Posts);

        // Monday 12:30: the teams' deadlines have passed; the regions' windows open: their summaries go out, once each.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 30, 0, TimeSpan.Zero));
        await tick.RunAsync(s_none);
        await tick.RunAsync(s_none);
        Assert.Equal(["apac", "emea"], delivery.Posts.Select(p => p.Region.Id.Value).Order());
        var emea = delivery.Posts.Single(p => p.Region.Id.Value == "emea").Summary;
        var deLine = emea.Children.Single(c => c.Node.Id.Value == "t-de");
        Assert.Equal(CallState.Called, deLine.State);
        Assert.Equal(1000m, deLine.Call.ThisWeekCommit);
        Assert.Equal(1200m, deLine.RollUp.ThisWeekCommit);
        Assert.Equal(1250m, emea.Children.Single(c => c.Node.Id.Value == "t-uk").Call.ThisWeekCommit);
        Assert.Equal(2250m, emea.Region.RollUp.ThisWeekCommit); // the children's calls
        Assert.Equal(24, emea.Region.RepsExpected);
        Assert.Equal(24, emea.Region.RepsOnTime);
        var apac = delivery.Posts.Single(p => p.Region.Id.Value == "apac").Summary;
        var jpLine = apac.Children.Single(c => c.Node.Id.Value == "t-jp");
        Assert.Equal(CallState.NoCall, jpLine.State);
        Assert.Equal(jpLine.RollUp, jpLine.Call);
        Assert.Equal(2000m, apac.Children.Single(c => c.Node.Id.Value == "t-cn").Call.QuarterForecast);
        Assert.Contains(emea.BiggestJudgements, j => j.Node.Value == "t-de" && j.Notes.Contains("two deals slip to next week"));
        Assert.Contains(delivery.Cards, c => c.Manager.Value == "m-emea");

        // A late team call is a revision: shown, never the call of record.
        var late = await CallAsync(record, "t-jp", "m-t-jp", jpLine.RollUp, new() { [CallFigure.ThisWeekCommit] = 1m }, new() { [CallFigure.ThisWeekCommit] = "too late" });
        Assert.True(late.IsRevision);

        // Tuesday: the regional managers call; at 12:30 the org's summary goes out once with them.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var emeaCard = (await record.PrepareAsync(NodeId.From("emea"), s_week, s_none))!;
        Assert.Equal(2250m, emeaCard.RollUp.ThisWeekCommit);
        Assert.True((await CallAsync(record, "emea", "m-emea", emeaCard.RollUp, new() { [CallFigure.ThisWeekCommit] = 2100m }, new() { [CallFigure.ThisWeekCommit] = "DE slip confirmed" })).Acceptance.Accepted);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 12, 30, 0, TimeSpan.Zero));
        await tick.RunAsync(s_none);
        await tick.RunAsync(s_none);
        Assert.Equal(["apac", "emea", "org"], delivery.Posts.Select(p => p.Region.Id.Value).Order());
        var org = delivery.Posts.Single(p => p.Region.Id.Value == "org").Summary;
        Assert.Equal(2100m, org.Children.Single(c => c.Node.Id.Value == "emea").Call.ThisWeekCommit);
        Assert.Equal(CallState.NoCall, org.Children.Single(c => c.Node.Id.Value == "apac").State);
        Assert.Equal(60, org.Region.RepsExpected);
        Assert.Equal(1m, org.Region.RepCompliance);
        Assert.Equal(7, org.Region.CallsExpected); // five teams with managers and two regions
        Assert.Equal(4 + 1, org.Region.CallsMade); // t-de, t-uk, t-au, t-cn and emea by their deadlines

        // The top region's export (as of its post) reproduces the posted summary offline, field by field.
        var tree = (await storage.OrgTree.GetAsync(s_none))!.Value;
        var exported = RegionExportJson.Write((await reader.ReadAsync(tree, NodeId.From("org"), s_week, clock.GetUtcNow(), s_none)).Export());
        var offline = OfflineRegionSummary.Compute(exported);
        Assert.True(offline.Succeeded, string.Join("; ", offline.Errors));
        var posted = RegionSummaryJson.Write(org);
        Assert.Equal(posted, RegionSummaryJson.Write(offline.Summary!));
        Assert.Contains("DE slip confirmed", posted, StringComparison.Ordinal);
        Assert.Contains("two deals slip to next week", exported, StringComparison.Ordinal); // the team calls travel with their notes
        Assert.Contains("t-jp-r12", exported, StringComparison.Ordinal); // every rep's rows
        var withoutEmeaCall = System.Text.Json.Nodes.JsonNode.Parse(exported)!;
        var calls = withoutEmeaCall["calls"]!.AsArray();
        calls.Remove(calls.Single(c => (string)c!["node"]! == "emea"));
        var noCall = OfflineRegionSummary.Compute(withoutEmeaCall.ToJsonString());
        Assert.Equal(CallState.NoCall, noCall.Summary!.Children.Single(c => c.Node.Id.Value == "emea").State);
        Assert.NotEqual(posted, RegionSummaryJson.Write(noCall.Summary));

        // Wednesday afternoon: every window has closed; nothing is sent again, and the records are kept for next week.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero));
        var cardsBefore = delivery.Cards.Count;
        Assert.DoesNotContain(await tick.RunAsync(s_none), r => r.Outcome == ActionOutcome.Sent);
        Assert.Equal(cardsBefore, delivery.Cards.Count);
        Assert.Equal(3, delivery.Posts.Count);
        var deRecords = await storage.Calls.ListRecordsAsync(NodeId.From("t-de"), s_week, s_week.Next, s_none);
        Assert.Equal(RepId.From("m-t-de"), Assert.Single(deRecords).CalledBy);
        Assert.True(Assert.Single(await storage.Calls.ListRecordsAsync(NodeId.From("t-jp"), s_week, s_week.Next, s_none)).NoCall);
    }

    private static Task<CallOutcome> CallAsync(
        RecordCall record, string node, string manager, CallFigures prefill, Dictionary<CallFigure, decimal> typed, Dictionary<CallFigure, string> notes) =>
        record.RecordAsync(CallEntry.FromFigures(NodeId.From(node), s_week, RepId.From(manager), prefill, typed, notes, []), s_none);

    private static async Task SeedAsync(AzureTablesStorage storage)
    {
        OrgNode Region(string id, string? parent, string manager) =>
            new(NodeId.From(id), NodeKind.Region, id.ToUpperInvariant()) { Parent = parent is null ? null : NodeId.From(parent), Managers = [RepId.From(manager)] };
        OrgNode Team(string id, string parent) => OrgNode.ForTeam(TeamId.From(id), id) with { Parent = NodeId.From(parent), Managers = [RepId.From("m-" + id)] };

        var tree = OrgTree.Create(
        [
            Region("org", null, "vp"),
            Region("emea", "org", "m-emea"),
            Region("apac", "org", "m-apac"),
            Team("t-de", "emea"),
            Team("t-uk", "emea"),
            Team("t-au", "apac"),
            Team("t-cn", "apac"),
            Team("t-jp", "apac"),
        ]);
        await storage.OrgTree.SaveAsync(tree, null, s_none);

        var submittedAt = new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
        foreach (var teamId in s_teams)
        {
            var team = TeamId.From(teamId);
            await storage.Teams.SaveAsync(new TeamSettings(team) { Name = teamId }, null, s_none);
            for (var i = 1; i <= 12; i++)
            {
                var rep = RepId.From($"{teamId}-r{i:D2}");
                await storage.Roster.SaveAsync(new Rep(team, rep, $"Rep {i} of {teamId}"), null, s_none);
                var deals = new[]
                {
                    new DealForecast(DealId.From("c-" + rep.Value), "Acme", "Renewal", ForecastCategory.Commit, 100m, new DateOnly(2026, 12, 3), Stage.Closing)
                    {
                        Checklist = CommitChecklist.All,
                    },
                    new DealForecast(DealId.From("up-" + rep.Value), "Globex", "Expansion", ForecastCategory.Upside, 50m, new DateOnly(2026, 12, 4), Stage.From(50)),
                };
                await storage.Submissions.SaveAsync(new Submission(team, s_week, rep, deals) { SubmittedAt = submittedAt }, null, s_none);
            }
        }
    }
}
