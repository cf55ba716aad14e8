using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue 15 through the real endpoint on Azurite with the fake Teams connector: private answers reach only the asker's
/// personal chat, rights follow membership, a team that removed BotCommit is closed, and a send Teams may have received
/// without a certain answer is "delivery unknown", never sent again.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class PrivacyTests(AzuriteFixture azurite) : IAsyncLifetime
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
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Export_TypedInAChannel_ReachesOnlyTheAdminsPersonalChat()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // Olivia's personal chat is known

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "export 2026-W49"));

        var inChannel = Posts(sent).Where(r => r.Path.Contains("managers", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(inChannel);
        Assert.Contains("personal chat", Text(line), StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", line.Body, StringComparison.Ordinal);
        var privately = Posts(sent).Where(r => r.Path.Contains("a:personal-olivia", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, privately.Count); // intro + CSV, then intro + summary JSON + settings JSON
        Assert.Contains("Secret renewal", string.Concat(privately.Select(p => p.Body)), StringComparison.Ordinal);
        Assert.Equal(6, Posts(sent).Count); // nothing anywhere else
    }

    [Fact]
    public async Task Status_TypedInAChannelWithoutAPersonalChat_OpensOneForTheAdmin()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "status"));

        var created = Assert.Single(sent, r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var members = JsonNode.Parse(created.Body)!["members"]!.AsArray();
        Assert.Equal(People.Olivia.TeamsId, Assert.Single(members)!["id"]!.GetValue<string>());
        Assert.Single(Posts(sent), r => r.Path.Contains("a:created-", StringComparison.Ordinal) && r.Body.Contains("Dana Kim", StringComparison.Ordinal));
        var line = Assert.Single(Posts(sent), r => r.Path.Contains("managers", StringComparison.Ordinal));
        Assert.DoesNotContain("Dana Kim", line.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WhenNoPersonalChatCanBeOpened_ShowsNothingOfItInTheChannel()
    {
        _host.Connector.Responder = r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? ScriptedConnectorResponse.Failure(403, "ForbiddenOperationException")
            : null;

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "status"));

        var line = Assert.Single(Posts(sent));
        Assert.Contains("managers", line.Path, StringComparison.Ordinal);
        Assert.Contains("could not open one", Text(line), StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Kim", line.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedMember_ExportInTheTeam_IsRefused_AndTheirAdminRightIsGoneAndAudited()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi"));
        Assert.Contains("Secret renewal", await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "export in Sales EMEA")), StringComparison.Ordinal);

        await _host.SendAsync(MemberRemoved(People.Olivia, removedBy: People.Boris));
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "export in Sales EMEA"));

        Assert.DoesNotContain("Secret renewal", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", answer, StringComparison.Ordinal);
        Assert.Contains("I don't know which sales team you mean", answer, StringComparison.Ordinal);
        Assert.Empty((await _host.TeamAsync()).Admins);
        Assert.Contains(await _host.AuditAsync(), e => e.Setting == "admin:" + People.Olivia.AadObjectId && e.NewValue is null && e.Actor.Value == People.Boris.AadObjectId);
    }

    [Fact]
    public async Task RemovedMember_WithoutTheEvent_IsRefusedByTheRosterCheck_WithoutNamingAnyAdmin()
    {
        var olivia = _host.Connector.Members.Single(m => (string?)m["id"] == People.Olivia.TeamsId);
        _host.Connector.Members.Remove(olivia);

        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "export in Sales EMEA"));

        Assert.DoesNotContain("Secret renewal", answer, StringComparison.Ordinal);
        Assert.Contains("Sorry, only the admins of Sales EMEA can do that. Please ask your sales ops admins.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedRep_BecomesInactive()
    {
        await _host.SendAsync(MemberRemoved(People.Dana, removedBy: People.Olivia));

        Assert.False((await _host.RepAsync(People.Dana))!.Active);
    }

    [Fact]
    public async Task InTeam_NamingATeamThePersonIsNotIn_DoesNotResolveIt_NorNameItsAdmins()
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Stranger, "status in Sales EMEA"));

        Assert.Contains("I don't know which sales team you mean", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivia", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalInAnotherConversation_DoesNotNameTheTeamsAdmins_ButInItsOwnChannelItDoes()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // her name is known from her chat

        var inChannel = await _host.AnswerAsync(_host.ChannelMessage(People.Dana, "status"));
        var personal = await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "status"));

        Assert.Contains("Olivia Ops", inChannel, StringComparison.Ordinal);
        Assert.DoesNotContain("Olivia", personal, StringComparison.Ordinal);
        Assert.Contains("your sales ops admins", personal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamThatRemovedTheBot_IsClosedToCommands_DataKeptForBootstrapAdmins_AndReopensOnInstall()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Boris, "hi"));
        await _host.SendAsync(BotEvent(People.Olivia, "remove"));

        var team = await _host.TeamAsync();
        Assert.True(team.IsClosed);
        Assert.Contains("removed from **Sales EMEA**", await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "status in Sales EMEA")) + await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status")), StringComparison.Ordinal);
        Assert.Contains("removed from **Sales EMEA**", await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "pause in Sales EMEA")), StringComparison.Ordinal);
        Assert.Contains("Secret renewal", await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "export 2026-W49 in Sales EMEA")), StringComparison.Ordinal);
        Assert.Contains(await _host.AuditAsync(), e => e.Setting == "botRemoved" && e.OldValue is null);

        await _host.SendAsync(BotEvent(People.Olivia, "add"));

        Assert.False((await _host.TeamAsync()).IsClosed);
    }

    [Fact]
    public async Task Nudge_504AfterArrival_IsDeliveryUnknown_NotResent_AndShownInStatus()
    {
        // Dana has submitted (nobody nudges her); Chen has not, and Teams answers his card with a 504.
        await _host.SendAsync(_host.PersonalMessage(People.Chen, "hi"));
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi"));
        var chenPosts = 0;
        _host.Connector.Responder = r => r.Method == "POST" && r.Path.Contains("a:personal-chen", StringComparison.Ordinal) && Interlocked.Increment(ref chenPosts) == 1
            ? ScriptedConnectorResponse.Failure(504, "GatewayTimeout")
            : null;

        var first = await _host.SendAsync(_host.PersonalMessage(People.Olivia, "nudge now"));

        Assert.Single(first, r => r.Path.Contains("a:personal-chen", StringComparison.Ordinal)); // the POST is not retried
        var record = (await _host.Get<IActionLog>().GetAsync(CommandHost.Team, Week, People.Chen.AadObjectId, ScheduledActionKind.Nudge, CancellationToken.None))!.Value;
        Assert.True(record.IsDeliveryUnknown, record.State + " " + record.Detail);

        var second = await _host.SendAsync(_host.PersonalMessage(People.Olivia, "nudge now"));
        _host.Clock.Advance(TimeSpan.FromHours(1)); // well past the claim lease
        await _host.Get<BotCommit.Forecasting.Scheduling.RunScheduleTick>().RunAsync(CancellationToken.None);
        var status = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "status"));

        Assert.DoesNotContain(second, r => r.Path.Contains("a:personal-chen", StringComparison.Ordinal));
        Assert.Equal(1, chenPosts);
        Assert.Contains("may not have reached 1 of them", status, StringComparison.Ordinal);
        Assert.Contains("Chen Wei", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetChannel_ReadsWhoCanReadIt_AndSaysHowManyAreReps()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        Assert.Contains(_host.Connector.Requests, r => r.Path.Contains("/v3/conversations/" + CommandHost.ManagersChannel + "/pagedmembers", StringComparison.Ordinal));
        Assert.Contains("6 people can read this channel and 2 of them are reps", answer, StringComparison.Ordinal);
        Assert.Contains("private channel", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetChannel_InAPrivateChannelOfManagers_SaysNoRepCanReadIt()
    {
        var olivia = _host.Connector.Members.Single(m => (string?)m["id"] == People.Olivia.TeamsId);
        _host.Connector.Responder = r => r.Method == "GET" && r.Path.Contains(CommandHost.ManagersChannel + "/pagedmembers", StringComparison.Ordinal)
            ? new ScriptedConnectorResponse(200, new JsonObject { ["members"] = new JsonArray(olivia.DeepClone()) }.ToJsonString())
            : null;

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set channel"));

        Assert.Contains("1 people can read this channel and none of them is a rep", answer, StringComparison.Ordinal);
    }

    private static List<RecordedConnectorRequest> Posts(IEnumerable<RecordedConnectorRequest> sent) =>
        sent.Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();

    private static string Text(RecordedConnectorRequest request) => Replies.Text(JsonNode.Parse(request.Body)!);

    /// <summary>Teams' <c>conversationUpdate</c> when <paramref name="member"/> is removed from the team.</summary>
    private JsonObject MemberRemoved(TestPerson member, TestPerson removedBy)
    {
        var activity = TeamEvent(removedBy, "conversationUpdate");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = member.TeamsId, ["aadObjectId"] = member.AadObjectId, ["name"] = member.Name });
        activity["channelData"]!["eventType"] = "teamMemberRemoved";
        return activity;
    }

    /// <summary>Teams' <c>installationUpdate</c> when BotCommit is added to (<c>add</c>) or removed from (<c>remove</c>) the team.</summary>
    private JsonObject BotEvent(TestPerson by, string action)
    {
        var activity = TeamEvent(by, "installationUpdate");
        activity["action"] = action;
        return activity;
    }

    private JsonObject TeamEvent(TestPerson from, string type)
    {
        var activity = _host.ChannelMessage(from, string.Empty);
        activity["type"] = type;
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = CommandHost.TeamIdValue;
        activity["channelData"]!["channel"]!["id"] = CommandHost.TeamIdValue;
        return activity;
    }
}
