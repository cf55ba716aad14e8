using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue 15, item 2, through the real endpoint on Azurite with the fake Teams connector: a summary channel reps can read
/// gets the team figures only and the details go to the admin's personal chat, once; after the audited "share summary"
/// the channel gets everything.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SummaryAudienceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Chen);
        var deal = new DealForecast(DealId.From("d1"), "Contoso", "Secret renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 3), Stage.From(90));
        await _host.Get<ISubmissionStore>().SaveAsync(new Submission(CommandHost.Team, Week, RepId.From(People.Dana.AadObjectId), [deal])
        {
            RepName = "Dana Kim",
            SubmittedAt = CommandHost.Now.AddDays(-3),
        }, null, CancellationToken.None);
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // the admin's personal chat is known
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ChannelRepsCanRead_GetsTeamFiguresOnly_AndTheAdminGetsTheDetailsPrivatelyOnce()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel")); // 6 readers, 2 of them reps
        Assert.Equal(2, (await _host.TeamAsync()).SummaryChannel?.RepReaders);

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));

        var channel = InChannel(sent);
        var root = Assert.Single(channel, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("Weekly commit summary 2026-W49", root.Body, StringComparison.Ordinal);
        Assert.Contains("per-rep details went to the team", root.Body, StringComparison.Ordinal);
        foreach (var request in channel)
        {
            Assert.DoesNotContain("Secret renewal", request.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Contoso", request.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Dana", request.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Chen", request.Body, StringComparison.Ordinal);
        }

        Assert.Equal(2, channel.Count); // the root and the command's answer: no thread replies
        var privately = ToOlivia(sent);
        Assert.Equal(4, privately.Count); // the full summary, one message per rep (Chen, Dana), then the TOP lists and stalled deals
        Assert.Contains("TOP lists and stalled deals — 2026-W49", privately[3].Body, StringComparison.Ordinal);
        Assert.Contains("Secret renewal", privately[0].Body, StringComparison.Ordinal);
        Assert.Contains("Dana Kim", privately[0].Body, StringComparison.Ordinal);
        Assert.Contains(privately, r => r.Body.Contains("Dana Kim · week 2026-W49", StringComparison.Ordinal));
        Assert.Contains(privately, r => r.Body.Contains("Chen Wei · week 2026-W49", StringComparison.Ordinal));
        var records = await _host.Get<IActionLog>().ListWeekAsync(CommandHost.Team, Week, CancellationToken.None);
        Assert.Single(records, r => r.Kind == ScheduledActionKind.SummaryPrivateRoot && r.State == ActionState.Completed
            && r.Subject.StartsWith(People.Olivia.AadObjectId + "@", StringComparison.Ordinal));
        Assert.Equal(2, records.Count(r => r.Kind == ScheduledActionKind.SummaryPrivateReply && r.State == ActionState.Completed));
        Assert.Single(records, r => r.Kind == ScheduledActionKind.SummaryThreadLists && r.State == ActionState.Completed
            && r.Subject.StartsWith(People.Olivia.AadObjectId + "/lists@", StringComparison.Ordinal));

        var again = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));

        Assert.Empty(ToOlivia(again)); // exactly once
        Assert.All(InChannel(again), r => Assert.DoesNotContain("Secret renewal", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShareSummary_IsAudited_AndThenTheChannelGetsEverything()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "share summary"));

        Assert.Contains("Summary shared with the team", answer, StringComparison.Ordinal);
        Assert.True((await _host.TeamAsync()).ShareSummaryWithTeam);
        var audit = Assert.Single(await _host.AuditAsync(), e => e.Setting == SettingKeys.ShareSummary);
        Assert.Equal(("false", "true", People.Olivia.AadObjectId), (audit.OldValue, audit.NewValue, audit.Actor.Value));

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));

        var channel = InChannel(sent);
        Assert.Contains("Secret renewal", string.Concat(channel.Select(r => r.Body)), StringComparison.Ordinal);
        Assert.Contains(channel, r => r.Body.Contains("Dana Kim · week 2026-W49", StringComparison.Ordinal));
        Assert.Empty(ToOlivia(sent));
    }

    [Theory]
    [InlineData("共享汇总", "汇总已与团队共享", "zh-CN")]
    [InlineData("共享彙總", "彙總已與團隊共享", "zh-TW")]
    public async Task ShareSummary_InChinese_IsUnderstoodAndAnsweredInChinese(string command, string expected, string locale)
    {
        var message = _host.ChannelMessage(People.Olivia, command);
        message["locale"] = locale;

        var answer = await _host.AnswerAsync(message);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.True((await _host.TeamAsync()).ShareSummaryWithTeam);

        message = _host.ChannelMessage(People.Olivia, locale == "zh-CN" ? "汇总保密" : "彙總保密");
        message["locale"] = locale;
        await _host.AnswerAsync(message);
        Assert.False((await _host.TeamAsync()).ShareSummaryWithTeam);
    }

    // Everything written anywhere but a personal chat: the new thread in the managers' channel, its replies and
    // refreshes, and the command's own answer there.
    private static List<RecordedConnectorRequest> InChannel(IEnumerable<RecordedConnectorRequest> sent) =>
        sent.Where(r => r.Method is "POST" or "PUT" && !r.Path.Contains("a:personal-", StringComparison.Ordinal)).ToList();

    private static List<RecordedConnectorRequest> ToOlivia(IEnumerable<RecordedConnectorRequest> sent) =>
        sent.Where(r => r.Method == "POST" && r.Path.Contains("a:personal-olivia", StringComparison.Ordinal)).ToList();
}
