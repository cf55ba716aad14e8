using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue 15, item 2, the remaining gaps, through the real endpoint on Azurite with the fake Teams connector: the summary
/// channel's readers are read again when the summary is published; a late change in a team-figures-only channel goes to
/// the admins privately, once; a channel of a separate managers' team is linked with <c>set channel for &lt;team&gt;</c>.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SummaryReadersTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ManagersTeam = "19:managers-team@thread.tacv2";
    private const string ManagersTeamChannel = "19:forecast-calls@thread.tacv2";
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
    public async Task ReadersUnchangedAtPublish_APrivateChannelGetsEverything()
    {
        OnlyOliviaReads(CommandHost.ManagersChannel);
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));

        Assert.Contains(InChannel(sent), r => r.Body.Contains("Secret renewal", StringComparison.Ordinal));
        Assert.Contains(sent, r => r.Method == "GET" && r.Path.Contains(CommandHost.ManagersChannel + "/pagedmembers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepsJoinedTheChannelSinceSetChannel_AtPublishItGetsTeamFiguresOnly_DetailsGoPrivately()
    {
        OnlyOliviaReads(CommandHost.ManagersChannel);
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));
        Assert.Equal(0, (await _host.TeamAsync()).SummaryChannel?.RepReaders);
        _host.Connector.Responder = null; // now the whole team, reps included, reads the channel

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));

        Assert.All(InChannel(sent), r => Assert.DoesNotContain("Secret renewal", r.Body, StringComparison.Ordinal));
        Assert.All(InChannel(sent), r => Assert.DoesNotContain("Dana", r.Body, StringComparison.Ordinal));
        Assert.Contains(ToOlivia(sent), r => r.Body.Contains("Secret renewal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LateChange_InATeamFiguresOnlyChannel_GoesToTheAdminPrivatelyOnce_NotIntoTheChannel()
    {
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel")); // reps can read it
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "post summary"));
        var at = CommandHost.Now.AddMinutes(5);
        var subject = People.Dana.AadObjectId + "@" + at.UtcTicks;
        await _host.Get<IActionLog>().SaveAsync(
            new ActionRecord(CommandHost.Team, Week, subject, ScheduledActionKind.LateChangePost)
            {
                State = ActionState.Pending,
                UpdatedAt = at,
                Payload = new LateChange(at, 12_000m, 0m),
            },
            null,
            CancellationToken.None);
        var before = _host.Connector.Requests.Count;

        var handed = await _host.Get<PostLateChanges>().PostPendingAsync(CommandHost.Team, Week, CancellationToken.None);
        var again = await _host.Get<PostLateChanges>().PostPendingAsync(CommandHost.Team, Week, CancellationToken.None);

        var sent = _host.Connector.Requests.Skip(before).ToList();
        Assert.Equal((1, 0), (handed, again));
        var privately = Assert.Single(ToOlivia(sent));
        Assert.Contains("Dana Kim: changed after cutoff", privately.Body, StringComparison.Ordinal);
        Assert.Contains("Sales EMEA", privately.Body, StringComparison.Ordinal);
        Assert.All(InChannel(sent), r => Assert.DoesNotContain("Dana", r.Body, StringComparison.Ordinal));
        var records = await _host.Get<IActionLog>().ListWeekAsync(CommandHost.Team, Week, CancellationToken.None);
        Assert.Single(records, r => r.Kind == ScheduledActionKind.LateChangePrivate && r.State == ActionState.Completed
            && r.Subject == People.Olivia.AadObjectId + "/" + subject);
        Assert.Single(records, r => r.Kind == ScheduledActionKind.LateChangePost && r.State == ActionState.Completed);
    }

    [Fact]
    public async Task SetChannelForTheSalesTeam_InASeparateManagersTeam_LinksIt_AndCountsItsReaders()
    {
        OnlyOliviaReads(ManagersTeamChannel);

        var answer = await _host.AnswerAsync(InManagersTeam(People.Olivia, "set channel for Sales EMEA"));

        var channel = (await _host.TeamAsync()).SummaryChannel;
        Assert.Equal((ManagersTeamChannel, 0), (channel?.ConversationId, channel?.RepReaders));
        Assert.Contains("none of them is a rep", answer, StringComparison.Ordinal);
        Assert.Contains(await _host.AuditAsync(), e => e.Setting == "summaryChannel" && e.Actor.Value == People.Olivia.AadObjectId);
        Assert.Contains(_host.Connector.Requests, r => r.Path.Contains("/v3/conversations/" + ManagersTeam + "/members/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SetChannelForTheSalesTeam_ByARepOrBySomeoneOutsideTheManagersTeam_IsRefused()
    {
        OnlyOliviaReads(ManagersTeamChannel);
        await _host.AnswerAsync(InManagersTeam(People.Dana, "set channel for Sales EMEA")); // a rep, not an admin
        Assert.NotEqual(ManagersTeamChannel, (await _host.TeamAsync()).SummaryChannel?.ConversationId);

        var previous = _host.Connector.Responder;
        _host.Connector.Responder = r => r.Method == "GET" && r.Path.Contains(ManagersTeam + "/members/", StringComparison.Ordinal)
            ? ScriptedConnectorResponse.Failure(404, "MemberNotFoundInConversation")
            : previous?.Invoke(r);
        await _host.AnswerAsync(InManagersTeam(People.Olivia, "设置频道为Sales EMEA"));

        Assert.NotEqual(ManagersTeamChannel, (await _host.TeamAsync()).SummaryChannel?.ConversationId);
    }

    /// <summary>Only Olivia is a member of <paramref name="channelId"/> (a private channel of managers).</summary>
    private void OnlyOliviaReads(string channelId)
    {
        var olivia = _host.Connector.Members.Single(m => (string?)m["id"] == People.Olivia.TeamsId);
        _host.Connector.Responder = r => r.Method == "GET" && r.Path.Contains(channelId + "/pagedmembers", StringComparison.Ordinal)
            ? new ScriptedConnectorResponse(200, new JsonObject { ["members"] = new JsonArray(olivia.DeepClone()) }.ToJsonString())
            : null;
    }

    /// <summary>A message in a channel of another team (the managers' own team).</summary>
    private JsonObject InManagersTeam(TestPerson from, string text)
    {
        var activity = _host.ChannelMessage(from, text);
        activity["conversation"]!["id"] = ManagersTeamChannel + ";messageid=1764000000002";
        activity["channelData"]!["team"]!["id"] = ManagersTeam;
        activity["channelData"]!["channel"]!["id"] = ManagersTeamChannel;
        return activity;
    }

    private static List<RecordedConnectorRequest> InChannel(IEnumerable<RecordedConnectorRequest> sent) =>
        sent.Where(r => r.Method is "POST" or "PUT" && !r.Path.Contains("a:personal-", StringComparison.Ordinal)).ToList();

    private static List<RecordedConnectorRequest> ToOlivia(IEnumerable<RecordedConnectorRequest> sent) =>
        sent.Where(r => r.Method == "POST" && r.Path.Contains("a:personal-olivia", StringComparison.Ordinal)).ToList();
}
