using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// <c>monthly now [YYYY-MM]</c> through the real endpoint on Azurite: the admin's answer is a progress card at once (in the
/// personal chat, also when asked in the channel), replaced in place by the outcome and the time taken; the review goes to
/// the managers' channel once, through the scheduled post's own delivery record, so asking again says it was already posted
/// and the schedule's tick does not post it again. December 2026's due week is 2026-W50 (Monday 12-07); team in UTC.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MonthlyNowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly YearMonth December = new(2026, 12);
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));
        _host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)); // Monday of December's due week, after the summary time
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MonthlyNow_PostsTheReviewOnce_WithProgressInThePersonalChat_AndTheTickDoesNotPostItAgain()
    {
        var before = _host.Connector.Requests.Count;
        await _host.Host.PostActivityAsync(_host.PersonalMessage(People.Olivia, "monthly now"));
        var answeredAt = _host.Connector.Requests.Count;
        await _host.Get<BotCommit.Bot.Progress.LongWork>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var sent = _host.Connector.Requests.Skip(before).Where(r => r.Method != "GET").ToList();

        // At once, within the turn: one progress card in the personal chat.
        var progress = Assert.Single(_host.Connector.Requests.Skip(before).Take(answeredAt - before), r => r.Method != "GET");
        Assert.Equal("POST", progress.Method);
        Assert.Contains("a:personal-olivia", progress.Path, StringComparison.Ordinal);
        Assert.Contains("Monthly review for Sales EMEA", Text(progress), StringComparison.Ordinal);
        Assert.Contains("Reading the monthly forecasts", Text(progress), StringComparison.Ordinal);

        // After the turn: the review as a new thread in the managers' channel, then the card replaced in place.
        var review = Assert.Single(ReviewPosts(sent));
        Assert.Contains("Monthly forecast review", review.Body, StringComparison.Ordinal);
        var final = Assert.Single(sent, r => r.Method == "PUT");
        Assert.StartsWith(progress.Path + "/", final.Path, StringComparison.Ordinal);
        Assert.Contains("Monthly review 2026-12 posted to", Text(final), StringComparison.Ordinal);
        Assert.Matches(@"Done in \d+ s\.", Text(final));
        var record = await _host.Get<IActionLog>().GetAsync(CommandHost.Team, MonthlyCalendar.DueWeek(December), ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview, CancellationToken.None);
        Assert.Equal(ActionState.Completed, record?.Value.State);

        // Asked again (naming the month): not posted twice, and the card says when it went out.
        var again = await _host.SendAsync(_host.PersonalMessage(People.Olivia, "monthly now 2026-12"));
        Assert.Empty(ReviewPosts(again));
        Assert.Contains("was already posted (2026-12-07 09:00 (UTC))", Text(again.Last(r => r.Method == "PUT")), StringComparison.Ordinal);

        // The schedule's tick at the same moment finds the review's record completed: nothing more in the channel.
        var tickFrom = _host.Connector.Requests.Count;
        var tick = await _host.Get<RunMonthlyScheduleTick>().RunAsync(CancellationToken.None);
        Assert.Empty(tick.TeamErrors);
        Assert.Empty(ReviewPosts(_host.Connector.Requests.Skip(tickFrom).ToList()));
    }

    [Fact]
    public async Task MonthlyNow_InTheChannel_InChinese_KeepsTheCardPrivate_AndTheChannelGetsOneLine()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // Olivia's personal chat is known
        var message = _host.ChannelMessage(People.Olivia, "立即月度总结");
        message["locale"] = "zh-CN";

        var sent = await _host.SendAsync(message);

        var line = Assert.Single(sent, r => r.Method == "POST" && r.Path.Contains("managers", StringComparison.Ordinal) && r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Contains("进度在我们的私聊中", Text(line), StringComparison.Ordinal);
        Assert.Single(ReviewPosts(sent));
        var card = Assert.Single(sent, r => r.Method == "POST" && r.Path.Contains("a:personal-olivia", StringComparison.Ordinal));
        var final = Assert.Single(sent, r => r.Method == "PUT");
        Assert.StartsWith(card.Path + "/", final.Path, StringComparison.Ordinal);
        Assert.Contains("2026-12 月度总结已发布到", Text(final), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("monthly now 2027-03", "has not started yet: its cards go out in week 2027-W09")]
    [InlineData("monthly now soon", "I could not read **soon** as a month.")]
    public async Task MonthlyNow_AFutureOrUnreadableMonth_PostsNothing_AndSaysWhy(string command, string expected)
    {
        var sent = await _host.SendAsync(_host.PersonalMessage(People.Olivia, command));

        Assert.Empty(ReviewPosts(sent));
        Assert.Contains(expected, string.Join("\n", sent.Where(r => r.Method != "GET").Select(Text)), StringComparison.Ordinal);
        var record = await _host.Get<IActionLog>().GetAsync(CommandHost.Team, MonthlyCalendar.DueWeek(new YearMonth(2027, 3)), ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview, CancellationToken.None);
        Assert.Null(record);
    }

    [Fact]
    public async Task MonthlyNow_FromARep_IsRefused_AndPostsNothing()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Dana, "monthly now"));

        Assert.Empty(ReviewPosts(sent));
        Assert.Contains("only the admins", string.Join("\n", sent.Where(r => r.Method == "POST").Select(Text)), StringComparison.Ordinal);
    }

    /// <summary>New threads in the managers' channel (the review's root post is a create-conversation call).</summary>
    private static List<RecordedConnectorRequest> ReviewPosts(IReadOnlyList<RecordedConnectorRequest> sent) =>
        [.. sent.Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains("Monthly forecast review", StringComparison.Ordinal))];

    private static string Text(RecordedConnectorRequest request) =>
        System.Text.RegularExpressions.Regex.Replace(Replies.Text(JsonNode.Parse(request.Body)!), @"\\(.)", "$1");
}
