using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Scheduling;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// The monthly forecast through the real host and real Azurite: the schedule sends the weekly card, then the monthly card
/// as a second titled message, each once; the rep fills and submits the monthly card; the receipt replaces it and the
/// stored submission is what was typed. December 2026's due week is 2026-W50 (Monday 12-07); team in UTC, nudge Sunday 16:00.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MonthlyFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string RepAadId = "00000000-0000-0000-0000-0000000000020";
    private static readonly YearMonth December = new(2026, 12);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 16, 0, 30, TimeSpan.Zero));
    private readonly TeamId _team = TeamId.From("19:team-monthly@thread.tacv2");
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
            new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 17), Stage.From(90)),
        ], CancellationToken.None);
        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, _conversationId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Schedule_SendsTheWeeklyCardThenTheMonthlyCard_EachOnce()
    {
        var before = Cards().Count; // the welcome card of the install
        await TickAsync();
        await TickAsync();

        var cards = Cards().Skip(before).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("checkin.submit", cards[0].Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Monthly forecast · December 2026", cards[1].Card["body"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith("Second card: your monthly forecast for December 2026", cards[1].Text, StringComparison.Ordinal);
        Assert.Contains(Replies.Elements(cards[1].Card), e => e["text"]?.ToString().StartsWith("Pipeline: Commit 100,000", StringComparison.Ordinal) == true);
        var week = MonthlyCalendar.DueWeek(December);
        var record = await _host.Services.GetRequiredService<IActionLog>().GetAsync(_team, week, RepAadId, ScheduledActionKind.MonthlyNudge, CancellationToken.None);
        Assert.Equal(ActionState.Completed, record?.Value.State);
    }

    [Fact]
    public async Task Submit_FilledCard_ReplacesItWithAReceipt_AndStoresWhatWasTyped()
    {
        await TickAsync();
        var data = CheckInCardData.Inputs(Cards()[^1].Card, "monthly.submit");
        for (var i = 0; i < 12; i++)
        {
            data["mf.f" + i] = i == 0 ? "120,000.50" : "50000";
        }

        data["mf.u0"] = "20000";
        data["mf.plan"] = "Close Contoso before the 17th";

        var response = await InvokeAsync("monthly.submit", data);

        Assert.Contains("Monthly forecast for December 2026 received", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        var stored = Assert.Single(await _host.Services.GetRequiredService<IMonthlyForecastStore>().ListMonthAsync(_team, December, CancellationToken.None));
        Assert.Equal(RepId.From(RepAadId), stored.Rep);
        Assert.Equal(120_000.50m, stored.ForecastFor(December));
        Assert.Equal(20_000m, stored.Lines[0].Upside);
        Assert.Equal(120_000.50m + (11 * 50_000m), stored.TwelveMonthForecast);
        Assert.Equal("Close Contoso before the 17th", stored.ActionPlan);
    }

    [Fact]
    public async Task Submit_WithAMonthLeftEmpty_ReturnsTheCardWithTheErrorAndTheEntries_AndSavesNothing()
    {
        await TickAsync();
        var data = CheckInCardData.Inputs(Cards()[^1].Card, "monthly.submit");
        for (var i = 0; i < 11; i++)
        {
            data["mf.f" + i] = "1000";
        }

        data["mf.f5"] = "lots";

        var response = await InvokeAsync("monthly.submit", data);

        var card = response["value"]!.AsObject();
        Assert.Equal("lots", CheckInCardData.InputValue(card, "mf.f5"));
        Assert.Equal("1000", CheckInCardData.InputValue(card, "mf.f0"));
        Assert.Contains("problem", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _host.Services.GetRequiredService<IMonthlyForecastStore>().ListMonthAsync(_team, December, CancellationToken.None));

        data["mf.f5"] = "1000";
        var second = (await InvokeAsync("monthly.submit", data))["value"]!.ToJsonString();
        Assert.Contains("Enter a forecast for Nov 2027", second, StringComparison.Ordinal);
        Assert.Empty(await _host.Services.GetRequiredService<IMonthlyForecastStore>().ListMonthAsync(_team, December, CancellationToken.None));
    }

    [Fact]
    public async Task Submit_FromSomeoneNotOnARoster_GetsAFriendlyMessage_AndNothingIsStored()
    {
        await TickAsync();
        var invoke = InvokeActivity("monthly.submit", CheckInCardData.Inputs(Cards()[^1].Card, "monthly.submit"));
        invoke["from"]!["aadObjectId"] = "ffffffff-0000-0000-0000-000000000000";

        var response = await _host.PostActivityAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains("roster", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await _host.Services.GetRequiredService<IMonthlyForecastStore>().ListMonthAsync(_team, December, CancellationToken.None));
    }

    private async Task TickAsync()
    {
        var services = _host.Services;
        await services.GetRequiredService<RunScheduleTick>().RunAsync(CancellationToken.None);
        var monthly = await services.GetRequiredService<RunMonthlyScheduleTick>().RunAsync(CancellationToken.None);
        Assert.Empty(monthly.TeamErrors);
        Assert.Equal(0, monthly.Actions.Errors);
    }

    private List<(JsonObject Card, string? Text)> Cards() =>
        [.. _connector.Requests
            .Where(r => r.Method == "POST" && r.Body.Contains("attachments", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!)
            .Select(b => (b["attachments"]![0]!["content"]!.AsObject(), b["text"]?.GetValue<string>()))];

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
