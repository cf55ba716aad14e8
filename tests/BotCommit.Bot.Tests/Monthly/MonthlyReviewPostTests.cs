using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// Issue #18 items 2–5 through the real host on Azurite with the fake Teams connector: December 2026's review (due week
/// 2026-W50, posted Monday 12-07 from 08:00 UTC) is posted whole — figures, the funnel chart, the TOP lists and the stalled
/// deals. Dana's "Secret renewal" sits at 90 % closing this quarter (a TOP-list deal) and her "Slow pilot" at 25 % since
/// 2026-W44 (42 days in stage: stalled). When reps can read the channel, it gets the team figures and the funnel only, and
/// the whole review goes privately to the admin, once.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MonthlyReviewPostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly YearMonth December = new(2026, 12);
    private static readonly ForecastWeek Due = MonthlyCalendar.DueWeek(December);
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Chen);
        var dana = RepId.From(People.Dana.AadObjectId);
        for (var week = ForecastWeek.Parse("2026-W44"); week <= Due; week = week.Next)
        {
            await _host.Get<ISubmissionStore>().SaveAsync(new Submission(CommandHost.Team, week, dana,
            [
                new DealForecast(DealId.From("d1"), "Contoso", "Secret renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 17), Stage.From(90)),
                new DealForecast(DealId.From("d2"), "Fabrikam", "Slow pilot", ForecastCategory.Pipeline, 40_000m, new DateOnly(2027, 4, 1), Stage.From(25)),
            ])
            {
                RepName = "Dana Kim",
                SubmittedAt = new DateTimeOffset(week.Monday.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
            }, null, CancellationToken.None);
        }

        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // the admin's personal chat is known
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ChannelRepsCanRead_GetsTeamFiguresAndFunnel_AndTheAdminGetsTheWholeReviewPrivatelyOnce()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel")); // 2 reps can read it
        var before = _host.Connector.Requests.Count;

        await TicksAtReviewTimeAsync();

        var sent = _host.Connector.Requests.Skip(before).ToList();
        var review = Assert.Single(InChannel(sent));
        Assert.Contains("Monthly forecast review — December 2026", Text(review), StringComparison.Ordinal);
        Assert.Contains("Funnel: 2026-W50", Text(review), StringComparison.Ordinal);
        Assert.Contains("went to the team's managers and admins privately", Text(review), StringComparison.Ordinal);
        foreach (var secret in new[] { "Secret renewal", "Contoso", "Slow pilot", "Dana" })
        {
            Assert.DoesNotContain(secret, Text(review), StringComparison.Ordinal);
        }

        var privately = Assert.Single(ToOlivia(sent));
        Assert.Contains("Monthly forecast review — December 2026", Text(privately), StringComparison.Ordinal);
        Assert.Contains("Funnel: 2026-W50", Text(privately), StringComparison.Ordinal);
        Assert.Contains("closing (≥ 90 %, by the quarter's end)", Text(privately), StringComparison.Ordinal);
        Assert.Contains("Secret renewal", Text(privately), StringComparison.Ordinal);
        Assert.Contains("Stalled deals (1)", Text(privately), StringComparison.Ordinal);
        Assert.Contains("Slow pilot", Text(privately), StringComparison.Ordinal);
        Assert.Contains("Dana Kim", Text(privately), StringComparison.Ordinal);
        var records = await _host.Get<IActionLog>().ListWeekAsync(CommandHost.Team, Due, CancellationToken.None);
        Assert.Single(records, r => r.Kind == ScheduledActionKind.MonthlyReviewPrivate && r.Subject == People.Olivia.AadObjectId && r.State == ActionState.Completed);

        var again = _host.Connector.Requests.Count;
        await TicksAtReviewTimeAsync();
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await TicksAtReviewTimeAsync(moveClock: false);

        Assert.Empty(ToOlivia(_host.Connector.Requests.Skip(again))); // exactly once
        Assert.Empty(InChannel(_host.Connector.Requests.Skip(again)));
    }

    [Fact]
    public async Task SharedChannel_GetsTheWholeReview_FunnelChartTopListsAndStalledDeals_AndNothingGoesPrivately()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "share summary"));
        var before = _host.Connector.Requests.Count;

        await TicksAtReviewTimeAsync();

        var sent = _host.Connector.Requests.Skip(before).ToList();
        var review = Text(Assert.Single(InChannel(sent)));
        Assert.Contains("Funnel: 2026-W50", review, StringComparison.Ordinal);
        Assert.Contains("Chart.VerticalBar.Grouped", review, StringComparison.Ordinal);
        Assert.Contains("TOP 10: closing (≥ 90 %, by the quarter's end)", review, StringComparison.Ordinal);
        Assert.Contains("Secret renewal", review, StringComparison.Ordinal);
        Assert.Contains("Stalled deals (1)", review, StringComparison.Ordinal);
        Assert.Contains("Slow pilot", review, StringComparison.Ordinal);
        Assert.Empty(ToOlivia(sent));
        var records = await _host.Get<IActionLog>().ListWeekAsync(CommandHost.Team, Due, CancellationToken.None);
        Assert.DoesNotContain(records, r => r.Kind == ScheduledActionKind.MonthlyReviewPrivate);
    }

    private async Task TicksAtReviewTimeAsync(bool moveClock = true)
    {
        if (moveClock)
        {
            _host.Clock.SetUtcNow(new DateTimeOffset(Due.Monday.ToDateTime(new TimeOnly(8, 0, 30)), TimeSpan.Zero));
        }

        for (var i = 0; i < 2; i++)
        {
            var result = await _host.Get<RunMonthlyScheduleTick>().RunAsync(CancellationToken.None);
            Assert.Empty(result.TeamErrors);
            Assert.Equal(0, result.Actions.Errors);
        }
    }

    /// <summary>Every string of the request's JSON, unescaped (the cards' texts as Teams shows them).</summary>
    private static string Text(RecordedConnectorRequest request)
    {
        var texts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, value) in o)
                    {
                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var text):
                    texts.Add(text);
                    break;
            }
        }

        Walk(JsonNode.Parse(request.Body));
        return string.Join('\n', texts);
    }

    private static List<RecordedConnectorRequest> InChannel(IEnumerable<RecordedConnectorRequest> sent) =>
        [.. sent.Where(r => r.Method is "POST" or "PUT" && !r.Path.Contains("a:personal-", StringComparison.Ordinal))];

    private static List<RecordedConnectorRequest> ToOlivia(IEnumerable<RecordedConnectorRequest> sent) =>
        [.. sent.Where(r => r.Method == "POST" && r.Path.Contains("a:personal-olivia", StringComparison.Ordinal))];
}
