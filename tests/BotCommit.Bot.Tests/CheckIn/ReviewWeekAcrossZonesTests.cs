using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.CheckIn;

/// <summary>
/// Issue #13, one review week: a rep in Pacific/Auckland on an America/Los_Angeles team, at their own Sunday nudge
/// (Sunday 16:00 in Auckland is still Saturday evening in Los Angeles). Through the real host on Azurite: the nudge's card,
/// the rep's submission of it and the admin's <c>status</c> all name the same week, and the submission is accepted.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReviewWeekAcrossZonesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // The Playground fixtures' user: the rep in Auckland, and (bootstrap) an admin who asks for the status.
    private const string AucklandRep = "00000000-0000-0000-0000-0000000000020";
    private const string LosAngelesRep = "00000000-0000-0000-0000-0000000000021";
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");

    // Sunday 2026-11-29 16:00 NZDT (UTC+13) = 03:00 UTC = Saturday 2026-11-28 19:00 PST.
    private static readonly DateTimeOffset AucklandSundayNudge = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(AucklandSundayNudge);
    private readonly TeamId _team = TeamId.From("19:team-west@thread.tacv2");
    private readonly string _conversationId = Activities.NewConversationId();
    private BotHost _host = null!;
    private FakeTeamsConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        _host = StartHost(azurite.ConnectionString, _clock);
        var services = _host.Services;
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(
            new TeamSettings(_team) { Name = "Sales West", TimeZoneId = "America/Los_Angeles" }, null, CancellationToken.None);
        var roster = services.GetRequiredService<IRosterStore>();
        await roster.SaveAsync(new Rep(_team, RepId.From(AucklandRep), "Alex Wilber") { TimeZoneId = "Pacific/Auckland" }, null, CancellationToken.None);
        await roster.SaveAsync(new Rep(_team, RepId.From(LosAngelesRep), "Lee Park"), null, CancellationToken.None);
        await services.GetRequiredService<IDealStore>().ReplaceAsync(_team, RepId.From(AucklandRep),
        [
            new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90))
            {
                Checklist = CommitChecklist.All,
            },
        ], CancellationToken.None);
        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, _conversationId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AucklandRepOnALosAngelesTeam_AtTheirSundayNudge_CardSubmissionAndStatusNameTheSameWeek()
    {
        // In the team's own zone it is still Saturday of the week before.
        Assert.Equal(Week.Previous, ForecastWeek.ForSubmissionAt(AucklandSundayNudge, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));

        var tick = await _host.Services.GetRequiredService<RunScheduleTick>().RunAsync(CancellationToken.None);
        var card = LastCard();
        var data = CheckInCardData.Inputs(card, "checkin.submit");
        var receipt = await InvokeAsync(data);
        var status = await StatusAsync();

        Assert.Equal(1, tick.Actions.Sent);
        Assert.Equal(Week.ToString(), data["week"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", receipt["type"]!.GetValue<string>());
        var stored = await _host.Services.GetRequiredService<ISubmissionStore>().GetAsync(_team, Week, RepId.From(AucklandRep), CancellationToken.None);
        Assert.Equal(SubmissionStatus.Submitted, stored?.Value.Status);
        Assert.Contains(Week.ToString(), status, StringComparison.Ordinal);
        Assert.DoesNotContain(Week.Previous.ToString(), status, StringComparison.Ordinal);
    }

    private static BotHost StartHost(string tables, TimeProvider clock) =>
        new(tables, settings: new Dictionary<string, string?> { ["BotCommit:BootstrapAdmins:0"] = AucklandRep }, clock: clock);

    private JsonObject LastCard()
    {
        var request = _connector.Requests.Last(r => r.Body.Contains("checkin.submit", StringComparison.Ordinal));
        return JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!.AsObject();
    }

    private async Task<JsonObject> InvokeAsync(JsonObject data)
    {
        var invoke = Activities.Fixture("invoke-adaptiveCard-action", _connector.ServiceUrl, _conversationId);
        // The rep's Teams client is in Auckland: it says so with every activity (issue #16 keeps that zone on the rep).
        Commands.LanguageCommandTests.WithClient(invoke, "Pacific/Auckland", "en-US");
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "checkin.submit", ["data"] = data.DeepClone() } };
        var response = await _host.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The admin's <c>status</c> in their personal chat: the card's text as sent.</summary>
    private async Task<string> StatusAsync()
    {
        var before = _connector.Requests.Count;
        var response = await _host.PostActivityAsync(Commands.LanguageCommandTests.WithClient(
            Activities.Message(_connector.ServiceUrl, _conversationId, "status"), "Pacific/Auckland", "en-US"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_connector.Requests.Skip(before), r => r.Method == "POST");
        return reply.Body;
    }
}
