using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Bot.Regions;
using BotCommit.Cards.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// The regions' slice through the host (issue #17): sales ops build the tree by chat, the tick sends the team manager's
/// call card to their personal chat once, the manager submits from the card, and once the team's call deadline has
/// passed the region's summary is posted once in the region's channel with that call.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RegionWeekTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W50"); // Monday 2026-12-07
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ManagerCallsFromTheCard_RegionSummaryIsPostedOnceInItsChannel_WithThatCall()
    {
        await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "help")); // Dana's personal chat is known
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set parent EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager <at>Dana Kim</at>", People.Dana));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region channel EMEA"));

        // The region's own targets, by chat (this month and this quarter, read on 2026-12-02).
        await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set region target EMEA month 1000"));
        var chinese = _host.PersonalMessage(People.Boris, "设置大区目标 EMEA 季度 本季度 3000");
        chinese["locale"] = "zh-CN";
        await _host.AnswerAsync(chinese);
        var tick = _host.Get<RunRegionTick>();

        // Monday 10:00: the team's records are final (its summary at 08:00); Dana gets the call card once.
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var before = _host.Connector.Requests.Count;
        await tick.RunAsync(CancellationToken.None);
        await tick.RunAsync(CancellationToken.None);
        var cards = _host.Connector.Requests.Skip(before).Where(r => r.Body.Contains("Your weekly commit for Sales EMEA", StringComparison.Ordinal)).ToList();
        Assert.Single(cards);

        // Dana calls from the card: 250 this week (so also this month and quarter), each with a note.
        var data = new JsonObject
        {
            [CallVerbs.NodeKey] = CommandHost.TeamIdValue,
            [CallVerbs.WeekKey] = s_week.ToString(),
            [CallVerbs.FigureInput(CallFigure.ThisWeekCommit)] = "250",
            [CallVerbs.NoteInput(CallFigure.ThisWeekCommit)] = "Acme renewal signs Thursday",
            [CallVerbs.FigureInput(CallFigure.MonthForecast)] = "250",
            [CallVerbs.NoteInput(CallFigure.MonthForecast)] = "Acme in December",
            [CallVerbs.FigureInput(CallFigure.QuarterForecast)] = "250",
            [CallVerbs.NoteInput(CallFigure.QuarterForecast)] = "Acme in this quarter",
        };
        var receipt = await _host.InvokeAsync(_host.Invoke(People.Dana, CallVerbs.Submit, data, inChannel: false));
        Assert.Contains("Your commit is saved", receipt.ToJsonString(), StringComparison.Ordinal);

        // Monday 12:30: the team's call deadline has passed; the region's summary goes to its channel, once.
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 12, 30, 0, TimeSpan.Zero));
        before = _host.Connector.Requests.Count;
        await tick.RunAsync(CancellationToken.None);
        await tick.RunAsync(CancellationToken.None);
        var posts = _host.Connector.Requests.Skip(before).Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        // W50 is December's due week: the region's monthly review follows its summary, once.
        Assert.Equal(2, posts.Count);
        Assert.Contains("Monthly forecast review — EMEA — December 2026", posts[1].Body, StringComparison.Ordinal);
        var post = posts[0];
        Assert.Contains("Region EMEA", post.Body, StringComparison.Ordinal);
        Assert.Contains(CommandHost.ManagersChannel, post.Body, StringComparison.Ordinal);
        Assert.Contains("Acme renewal signs Thursday", post.Body, StringComparison.Ordinal);
        Assert.Contains("250", post.Body, StringComparison.Ordinal);

        // The summary kept with the post compares the region's month and quarter with the targets set by chat.
        var emea = (await _host.Get<IOrgTreeStore>().GetAsync(CancellationToken.None))!.Value.Nodes.Single(n => n.Name == "EMEA");
        var kept = await _host.Get<RegionSummaryOfRecord>().GetAsync(emea.Id, s_week, CancellationToken.None);
        var line = JsonNode.Parse(kept!.Value.SummaryJson)!["line"]!;
        Assert.Equal(250m, line["rollUp"]!["monthForecast"]!.GetValue<decimal>());
        Assert.Equal(1000m, line["monthTarget"]!.GetValue<decimal>());
        Assert.Equal(3000m, line["quarterTarget"]!.GetValue<decimal>());
        Assert.Equal(0.25m, line["rollUpMonthForecastToTarget"]!.GetValue<decimal>(), 4);
        Assert.Equal(250m / 3000m, line["rollUpQuarterForecastToTarget"]!.GetValue<decimal>(), 4);
        Assert.Equal(0.25m, line["monthForecastToTarget"]!.GetValue<decimal>(), 4);
    }
}
