using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.CheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>
/// Issue #9, redelivery: Teams posts the same check-in activity (same id) again, e.g. after its ~15 s timeout. It must be
/// processed once — the stored snapshot keeps the first delivery's version and time — on the same instance or on
/// another one sharing the tables. (Protocol-level duplicates are covered by BotEndpointTests, the table log by
/// InboundActivityLogTests, a duplicated "help" message by FoundationTurnTests.)
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CheckInRedeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Rep = "0c0c0c0c-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private static readonly TeamId Team = TeamId.From("19:team-redelivery@thread.tacv2");

    private readonly FakeTimeProvider _clock = new(SundayEvening);
    private FaultHost _host = null!;
    private JsonObject _card = null!;

    public async Task InitializeAsync()
    {
        _host = await FaultHost.StartAsync(azurite.ConnectionString, _clock);
        await _host.SaveTeamAsync(new TeamSettings(Team) { Name = "Sales", TimeZoneId = "UTC" });
        await _host.AddRepAsync(Team, Rep, SampleDeals.Two);
        _card = await _host.CardAsync(Team, Rep, Week);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SubmitInvoke_DeliveredTwiceWithTheSameId_IsStoredOnceAndAnsweredTheSameBothTimes()
    {
        var invoke = _host.SubmitInvoke(Rep, _card, new Dictionary<string, string> { ["d1"] = "130000" });

        var first = await _host.InvokeAsync(invoke);
        var stored = await StoredAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _host.InvokeAsync(invoke);

        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(first, second), "the redelivery got another answer");
        var after = await StoredAsync();
        Assert.Equal(stored.Version, after.Version);
        Assert.Equal(SundayEvening, after.Value.SubmittedAt);
        Assert.Equal(130_000m, after.Value.Deals.Single(d => d.Id.Value == "d1").Amount);
    }

    [Fact]
    public async Task SubmitInvoke_RedeliveredToAnotherInstance_IsNotProcessedAgain()
    {
        await using var other = await FaultHost.StartAsync(azurite.ConnectionString, _clock, sharedPrefix: _host.TablePrefix);
        var invoke = _host.SubmitInvoke(Rep, _card, new Dictionary<string, string> { ["d1"] = "130000" });

        await _host.InvokeAsync(invoke);
        var stored = await StoredAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        using var redelivered = await other.PostAsync(invoke);

        // The other instance has no copy of the first answer: it acknowledges without one (BotEndpoint's documented rule).
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Empty(await redelivered.Content.ReadAsStringAsync());
        Assert.Equal(stored.Version, (await StoredAsync()).Version);
    }

    [Fact]
    public async Task SubmitMessage_DeliveredTwiceWithTheSameId_UpdatesTheCardOnceAndStoresOnce()
    {
        var data = CheckInCardData.Inputs(_card, CheckInVerbs.Submit);
        data["verb"] = CheckInVerbs.Submit;
        data["deal-d1-amount"] = "130000";
        var message = Activities.Fixture("message-submit", _host.Connector.ServiceUrl, FaultHost.ConversationOf(Rep));
        message["from"] = new JsonObject { ["id"] = "29:" + Rep, ["name"] = "Rep", ["aadObjectId"] = Rep };
        message["value"] = data;
        message["replyToId"] = "1764000000999";

        using var first = await _host.PostAsync(message);
        var stored = await StoredAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        using var second = await _host.PostAsync(message);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var update = Assert.Single(_host.Connector.Requests);
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/1764000000999", update.RawTarget, StringComparison.Ordinal);
        Assert.Equal(stored.Version, (await StoredAsync()).Version);
    }

    private async Task<Versioned<Submission>> StoredAsync() =>
        await _host.Get<ISubmissionStore>().GetAsync(Team, Week, RepId.From(Rep), CancellationToken.None)
            ?? throw new InvalidOperationException("Nothing is stored.");
}
