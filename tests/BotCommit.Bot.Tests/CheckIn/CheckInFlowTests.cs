using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.CheckIn;

/// <summary>
/// The rep's Sunday check-in through the real host and real Azurite: the nudge card arrives in the personal chat,
/// the rep edits and submits, the receipt replaces the card, and the stored snapshot is what was typed.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CheckInFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // The Playground fixtures' user: the rep's Entra object id comes from the activity, never from card data.
    private const string RepAadId = "00000000-0000-0000-0000-0000000000020";
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");

    private readonly FakeTimeProvider _clock = new(SundayEvening);
    private readonly TeamId _team = TeamId.From("19:team-checkin@thread.tacv2");
    private readonly string _conversationId = Activities.NewConversationId();
    private BotHost _host = null!;
    private FakeTeamsConnector _connector = null!;

    public async Task InitializeAsync()
    {
        (_host, _connector) = await BotHost.StartAsync(azurite.ConnectionString, _clock);
        var services = _host.Services;
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(new TeamSettings(_team) { Name = "Sales", TimeZoneId = "UTC" }, null, CancellationToken.None);
        await services.GetRequiredService<IRosterStore>().SaveAsync(new Rep(_team, RepId.From(RepAadId), "Alex Wilber"), null, CancellationToken.None);
        await services.GetRequiredService<IDealStore>().ReplaceAsync(_team, RepId.From(RepAadId),
        [
            new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90))
            {
                Checklist = new CommitChecklist(true, true, true, true, true),
            },
            new DealForecast(DealId.From("d2"), "Fabrikam", "Expansion", ForecastCategory.Upside, 50_000m, new DateOnly(2026, 12, 18), Stage.From(60)),
        ], CancellationToken.None);
        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, _conversationId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Nudge_SendsTheCheckInCardWithTheRepsDeals()
    {
        var outcome = await NudgeAsync();

        Assert.Equal(NotifyOutcomeKind.Sent, outcome.Kind);
        var card = LastCard();
        var json = card.ToJsonString();
        Assert.Contains("Contoso", json, StringComparison.Ordinal);
        Assert.Contains("Fabrikam", json, StringComparison.Ordinal);
        Assert.NotNull(Replies.Action(card, "checkin.submit"));
        Assert.True(2 * json.Length <= 80_000, "the card stays under the Teams size advice");
    }

    [Fact]
    public async Task Submit_EditedAmount_ReplacesTheCardWithAReceiptAndStoresWhatWasTyped()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        data["deal-d1-amount"] = "120000.50";

        var response = await InvokeAsync("checkin.submit", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("120,000.50", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        var stored = await StoredAsync();
        Assert.NotNull(stored);
        Assert.Equal(120_000.50m, stored.Deals.Single(d => d.Id.Value == "d1").Amount);
        Assert.Equal(50_000m, stored.Deals.Single(d => d.Id.Value == "d2").Amount);
        Assert.False(stored.Late);
    }

    [Fact]
    public async Task Confirm_NoChanges_StoresTheDealsAsTheyWere()
    {
        await NudgeAsync();

        var response = await InvokeAsync("checkin.confirm", CheckInCardData.Inputs(LastCard(), "checkin.confirm"));

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var stored = await StoredAsync();
        Assert.Equal([100_000m, 50_000m], stored!.Deals.OrderBy(d => d.Id.Value).Select(d => d.Amount));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1e30")]
    [InlineData("")]
    public async Task Submit_BadAmount_ReturnsTheCardWithTheInputIntactAndSavesNothing(string amount)
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        data["deal-d1-amount"] = amount;
        data["deal-d2-reason"] = "kept as typed";

        var response = await InvokeAsync("checkin.submit", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var card = response["value"]!.AsObject();
        Assert.Equal(amount, CheckInCardData.Element(card, "deal-d1-amount")?["value"]?.GetValue<string>() ?? string.Empty);
        Assert.Equal("kept as typed", CheckInCardData.Element(card, "deal-d2-reason")?["value"]?.GetValue<string>());
        Assert.NotNull(CheckInCardData.Element(card, "deal-d1-amount-error"));
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task Submit_TamperedDealId_IsRefusedAndNothingIsStored()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        data["deal-someone-elses-deal-amount"] = "999";
        data["deal-someone-elses-deal-category"] = "Commit";

        await InvokeAsync("checkin.submit", data);

        var stored = await StoredAsync();
        Assert.True(stored is null || stored.Deals.All(d => d.Id.Value is "d1" or "d2"));
    }

    [Fact]
    public async Task Submit_TwiceInARow_KeepsOneSubmission()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");

        await InvokeAsync("checkin.submit", data);
        await InvokeAsync("checkin.submit", data);

        var week = await _host.Services.GetRequiredService<ISubmissionStore>().ListWeekAsync(_team, Week, CancellationToken.None);
        Assert.Single(week);
    }

    [Fact]
    public async Task Submit_AfterTheDeadline_IsAcceptedAndMarkedLate()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.Zero));

        var response = await InvokeAsync("checkin.submit", data);

        Assert.Contains("late", response["value"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.True((await StoredAsync())!.Late);
    }

    [Fact]
    public async Task Submit_EditAfterTheDeadline_KeepsTheRecordAndQueuesTheRevisionForTheSummaryThread()
    {
        await NudgeAsync();
        var first = await InvokeAsync("checkin.submit", CheckInCardData.Inputs(LastCard(), "checkin.submit"));
        var recorded = (await StoredAsync())!;
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.Zero));
        var edit = await InvokeAsync("checkin.edit", CheckInCardData.Inputs(first["value"]!.AsObject(), "checkin.edit"));
        var data = CheckInCardData.Inputs(edit["value"]!.AsObject(), "checkin.submit");
        data["deal-d1-amount"] = "90000";

        var receipt = await InvokeAsync("checkin.submit", data);

        Assert.Contains("commit is unchanged", receipt["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(recorded.Deals, (await StoredAsync())!.Deals);
        var revision = Assert.Single(await _host.Services.GetRequiredService<ISubmissionStore>().ListRevisionsAsync(_team, Week, CancellationToken.None));
        Assert.Equal(90_000m, revision.Deals.Single(d => d.Id.Value == "d1").Amount);
        Assert.False((await StoredAsync())!.Late);
        var records = await _host.Services.GetRequiredService<IActionLog>().ListWeekAsync(_team, Week, CancellationToken.None);
        Assert.Contains(records, r => r.Kind == ScheduledActionKind.LateChangePost);
        var monitoring = _host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (monitoring.SucceededListCount() + monitoring.FailedCount() == 0)
        {
            await Task.Delay(100, wait.Token); // the host's own Hangfire server runs the job in the background
        }

        Assert.Empty(monitoring.FailedJobs(0, 10).Select(j => j.Value.ExceptionMessage));
        var job = Assert.Single(monitoring.SucceededJobs(0, 10), j => j.Value.Job?.Type.Name == "LateChangeJob").Value.Job;
        Assert.Equal([_team.Value, Week.ToString()], job.Args.Take(2).Select(a => a?.ToString()));
    }

    [Fact]
    public async Task Submit_FromACardOlderThanTheStoredState_IsNotApplied_TheRepGetsTheCurrentCardWithTheirNewDealsKept()
    {
        await NudgeAsync();
        var nudgeCard = LastCard();
        var otherDevice = CheckInCardData.Inputs(nudgeCard, "checkin.submit");
        otherDevice["deal-d1-amount"] = "77000";
        await InvokeAsync("checkin.submit", otherDevice); // saved from the phone
        var oldCard = CheckInCardData.Inputs(nudgeCard, "checkin.submit"); // the laptop still shows the Sunday card
        oldCard["deal-d1-amount"] = "10";
        oldCard["new-1-account"] = "Northwind";
        oldCard["slots"] = 1;

        var response = await InvokeAsync("checkin.submit", oldCard);

        Assert.Equal(77_000m, (await StoredAsync())!.Deals.Single(d => d.Id.Value == "d1").Amount);
        var card = response["value"]!.AsObject();
        Assert.Equal("77000", CheckInCardData.InputValue(card, "deal-d1-amount")?.Replace(",", "", StringComparison.Ordinal).Split('.')[0]);
        Assert.Equal("Northwind", CheckInCardData.InputValue(card, "new-1-account"));
    }

    [Fact]
    public async Task Submit_AsActionSubmitMessage_UpdatesTheCardMessageWithTheReceipt()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        data["verb"] = "checkin.submit";
        var message = Activities.Fixture("message-submit", _connector.ServiceUrl, _conversationId);
        message["value"] = data;
        message["replyToId"] = "1764000000999";
        var before = _connector.Requests.Count;

        var response = await _host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Assert.Single(_connector.Requests.Skip(before));
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/1764000000999", update.RawTarget, StringComparison.Ordinal);
        Assert.NotNull(await StoredAsync());
    }

    [Fact]
    public async Task Submit_FromSomeoneNotOnARoster_GetsAFriendlyMessage()
    {
        await NudgeAsync();
        var data = CheckInCardData.Inputs(LastCard(), "checkin.submit");
        var invoke = InvokeActivity("checkin.submit", data);
        invoke["from"]!["aadObjectId"] = "ffffffff-0000-0000-0000-000000000000";

        var response = await _host.PostActivityAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("roster", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await StoredAsync());
    }

    private async Task<NotifyOutcome> NudgeAsync()
    {
        var services = _host.Services;
        var team = (await services.GetRequiredService<ITeamSettingsStore>().GetAsync(_team, CancellationToken.None))!.Value;
        var rep = (await services.GetRequiredService<IRosterStore>().GetAsync(_team, RepId.From(RepAadId), CancellationToken.None))!.Value;
        var checkIn = await services.GetRequiredService<PrepareCheckIn>().ForAsync(team, rep, Week, CancellationToken.None);
        return await services.GetRequiredService<IRepNotifier>().SendNudgeAsync(checkIn, NoMark.Instance, CancellationToken.None);
    }

    private async Task<Submission?> StoredAsync() =>
        (await _host.Services.GetRequiredService<ISubmissionStore>().GetAsync(_team, Week, RepId.From(RepAadId), CancellationToken.None))?.Value;

    private JsonObject LastCard()
    {
        var request = _connector.Requests.Last(r => r.Body.Contains("attachments", StringComparison.Ordinal));
        return JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!.AsObject();
    }

    private JsonObject InvokeActivity(string verb, JsonObject data)
    {
        var invoke = Activities.Fixture("invoke-adaptiveCard-action", _connector.ServiceUrl, _conversationId);
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return invoke;
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        var response = await _host.PostActivityAsync(InvokeActivity(verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
