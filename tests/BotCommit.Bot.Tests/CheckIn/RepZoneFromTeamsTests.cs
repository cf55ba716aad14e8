using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Bot.Tests.CheckIn;

/// <summary>
/// Issue #16, done when: "A rep whose Teams sends Asia/Shanghai on a team set to Europe/London gets their Sunday nudge at
/// 16:00 Shanghai time". Through the real host on Azurite and the fake clock: the rep writes once from a client in
/// Shanghai (clientInfo timezone and locale zh-CN); the schedule's tick sends nothing at 15:59 Shanghai time and their
/// check-in card, for the coming week and in Chinese, at 16:00 — 08:00 in London, eight hours before the team's own nudge.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RepZoneFromTeamsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ShanghaiRep = "00000000-0000-0000-0000-0000000000020";

    // Friday 2026-12-04 10:00 UTC: the rep writes during week 49.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
    private readonly TeamId _team = TeamId.From("19:team-london@thread.tacv2");
    private readonly string _conversationId = Activities.NewConversationId();
    private BotHost _host = null!;
    private FakeTeamsConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeTeamsConnector.StartAsync(TimeProvider.System, CancellationToken.None);
        _host = StartHost(azurite.ConnectionString, _clock);
        var services = _host.Services;
        await services.GetRequiredService<ITeamSettingsStore>().SaveAsync(
            new TeamSettings(_team) { Name = "Sales London", TimeZoneId = "Europe/London", ScheduleStartsOn = new DateOnly(2026, 12, 7) }, null, CancellationToken.None);
        await services.GetRequiredService<IRosterStore>().SaveAsync(new Rep(_team, RepId.From(ShanghaiRep), "王芳"), null, CancellationToken.None);
        await _host.PostActivityAsync(Activities.Fixture("conversationUpdate", _connector.ServiceUrl, _conversationId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task RepWhoseTeamsSendsShanghai_OnALondonTeam_GetsTheSundayNudgeAt1600Shanghai()
    {
        var message = LanguageCommandTests.WithClient(Activities.Message(_connector.ServiceUrl, _conversationId, "帮助"), "Asia/Shanghai", "zh-CN");
        message["from"]!["aadObjectId"] = ShanghaiRep;
        message["text"] = "承诺";
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(message)).StatusCode);
        var rep = (await _host.Services.GetRequiredService<IRosterStore>().GetAsync(_team, RepId.From(ShanghaiRep), CancellationToken.None))!.Value;
        Assert.Equal(("Asia/Shanghai", "zh-CN"), (rep.TimeZoneId, rep.Locale));

        // Sunday 2026-12-06 15:59 in Shanghai (UTC+8) = 07:59 UTC = 07:59 in London.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 7, 59, 0, TimeSpan.Zero));
        var before = await TickAsync();
        var cardsBefore = NudgeCards().Count;
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        var at = await TickAsync();

        Assert.Equal(0, before.Actions.Sent);
        Assert.Equal(1, at.Actions.Sent);
        var nudge = NudgeCards().Skip(cardsBefore).Single();
        Assert.Contains("2026-W50", nudge, StringComparison.Ordinal); // the coming week's card…
        Assert.Contains("2026年第50周", nudge, StringComparison.Ordinal); // …in the rep's own language
        Assert.Contains("Europe/London", nudge, StringComparison.Ordinal); // the deadline stays on the team's clock, named
    }

    private static BotHost StartHost(string tables, TimeProvider clock) => new(tables, clock: clock);

    private Task<ScheduleTickResult> TickAsync() =>
        _host.Services.GetRequiredService<RunScheduleTick>().RunAsync(CancellationToken.None);

    private List<string> NudgeCards() =>
        [.. _connector.Requests.Where(r => r.Method == "POST" && r.Body.Contains("checkin.submit", StringComparison.Ordinal)).Select(r => r.Body)];
}
