using System.Text.Json.Nodes;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>BotCommit added to a team: settings created, one setup card, and its four steps.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class OnboardingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString, seedTeam: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Install_InATeamByABootstrapAdmin_CreatesTheTeamAndPostsOneSetupCard()
    {
        var first = await _host.SendAsync(Install(People.Boris, "installationUpdate"));
        var second = await _host.SendAsync(Install(People.Boris, "conversationUpdate"));

        var team = await _host.TeamAsync();
        Assert.Equal("Sales EMEA", team.Name);
        Assert.Equal([RepId.From(People.Boris.AadObjectId)], team.Admins);
        Assert.Equal(new DateOnly(2026, 12, 7), team.ScheduleStartsOn);
        var card = Replies.Card(JsonNode.Parse(Assert.Single(first, r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)).Body)!)!;
        Assert.Equal("BotCommit is in Sales EMEA", card["body"]![0]!["text"]!.GetValue<string>());
        foreach (var verb in new[] { AdminVerbs.SetupChannel, AdminVerbs.SetupRoster, AdminVerbs.SetupRepMe, AdminVerbs.SetupTimeZone, AdminVerbs.SetupTargets })
        {
            Assert.NotNull(Replies.Action(card, verb));
        }

        Assert.DoesNotContain(second, r => r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Equal("team", Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task Install_ByAnotherMember_CreatesTheTeamWithoutMakingThemAdmin()
    {
        await _host.SendAsync(Install(People.Dana, "installationUpdate"));

        Assert.Empty((await _host.TeamAsync()).Admins);
    }

    [Fact]
    public async Task SetupButtons_ChannelRosterTimeZoneAndTargets_EachSaveAndReRenderTheCard()
    {
        await _host.SendAsync(Install(People.Boris, "installationUpdate"));
        var data = AdminVerbs.Data(CommandHost.TeamIdValue);

        var channel = await PressAsync(AdminVerbs.SetupChannel, data);
        var roster = await PressAsync(AdminVerbs.SetupRoster, data);
        var zone = await PressAsync(AdminVerbs.SetupTimeZone, With(data, (AdminVerbs.TimeZoneInput, "europe/berlin")));
        var targets = await PressAsync(AdminVerbs.SetupTargets, With(data, (AdminVerbs.MonthTargetInput, "1.2m"), (AdminVerbs.QuarterTargetInput, "3,000,000")));

        Assert.Contains("Summaries will be posted in Managers", channel, StringComparison.Ordinal);
        Assert.Contains("Now: Managers", channel, StringComparison.Ordinal);
        Assert.Contains("Roster imported: 6 added", roster, StringComparison.Ordinal);
        Assert.Contains("Reps on the roster: 6", roster, StringComparison.Ordinal);
        Assert.Contains("Time zone set to Europe/Berlin", zone, StringComparison.Ordinal);
        Assert.Contains("Targets saved", targets, StringComparison.Ordinal);
        var team = await _host.TeamAsync();
        Assert.Equal("Europe/Berlin", team.TimeZoneId);
        Assert.Equal(1_200_000m, team.MonthTargets["2026-12"]);
        Assert.Equal(3_000_000m, team.QuarterTargets["2026-10"]);
        Assert.Equal(CommandHost.ManagersChannel, (await _host.TeamAsync()).SummaryChannel!.ConversationId);
        Assert.Equal(
            ["monthTarget:2026-12", "quarterTarget:2026-10", "rosterImport", "summaryChannel", "summaryChannelRepReaders", "team", "timeZone"],
            (await _host.AuditAsync()).Select(a => a.Setting).Where(a => !a.StartsWith("rep:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(6, (await _host.AuditAsync()).Count(a => a.Setting.StartsWith("rep:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SetupButtons_ImportThenMakeMeARep_NamesWhoWasAddedAndSkipped_ThenAddsTheAdminOnce()
    {
        await _host.SendAsync(Install(People.Boris, "installationUpdate"));
        var data = AdminVerbs.Data(CommandHost.TeamIdValue);

        var roster = await PressAsync(AdminVerbs.SetupRoster, data);
        var me = await PressAsync(AdminVerbs.SetupRepMe, data);
        var again = await PressAsync(AdminVerbs.SetupRepMe, data);

        Assert.Contains("Added: Olivia Ops, Dana Kim, Chen Wei, Emil Novak, Farah Haddad, Rita Rep.", roster, StringComparison.Ordinal);
        Assert.Contains("Boris Boot is a rep now", me, StringComparison.Ordinal);
        Assert.Contains("Reps on the roster: 7", me, StringComparison.Ordinal);
        Assert.Contains("Boris Boot is already a rep", again, StringComparison.Ordinal);
        var boris = (await _host.Get<IRosterStore>().GetAsync(CommandHost.Team, RepId.From(People.Boris.AadObjectId), CancellationToken.None))!.Value;
        Assert.True(boris.Active);
        Assert.Single(await _host.AuditAsync(), a => a.Setting == "rep:" + People.Boris.AadObjectId);
    }

    [Fact]
    public async Task SetupTimeZone_Unknown_KeepsWhatWasTypedAndSaysWhy()
    {
        await _host.SendAsync(Install(People.Boris, "installationUpdate"));

        var response = await _host.InvokeAsync(_host.Invoke(People.Boris, AdminVerbs.SetupTimeZone, With(AdminVerbs.Data(CommandHost.TeamIdValue), (AdminVerbs.TimeZoneInput, "Mars/Olympus"))));

        var card = response["value"]!;
        Assert.Contains("“Mars/Olympus” is not a time zone I know", Replies.Text(card), StringComparison.Ordinal);
        Assert.Equal("Mars/Olympus", Replies.Elements(card).Single(e => e["id"]?.GetValue<string>() == AdminVerbs.TimeZoneInput)["value"]!.GetValue<string>());
        Assert.Equal("UTC", (await _host.TeamAsync()).TimeZoneId);
    }

    [Fact]
    public async Task SetupButton_PressedByANonAdmin_IsRefusedAndChangesNothing()
    {
        await _host.SendAsync(Install(People.Boris, "installationUpdate"));

        var response = await _host.InvokeAsync(_host.Invoke(People.Rita, AdminVerbs.SetupTimeZone, With(AdminVerbs.Data(CommandHost.TeamIdValue), (AdminVerbs.TimeZoneInput, "Europe/Berlin"))));

        Assert.Contains("only the admins of Sales EMEA", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UTC", (await _host.TeamAsync()).TimeZoneId);
    }

    [Fact]
    public async Task PersonalInstall_StillGetsTheWelcomeCard()
    {
        var sent = await _host.SendAsync(Activities.Fixture("conversationUpdate", _host.Connector.ServiceUrl, Activities.NewConversationId()));

        Assert.Equal("Welcome to BotCommit", Replies.Card(JsonNode.Parse(Assert.Single(sent).Body)!)!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(await _host.Get<ITeamSettingsStore>().ListAsync(CancellationToken.None));
    }

    private static JsonObject With(JsonObject data, params (string Key, string Value)[] inputs)
    {
        var merged = (JsonObject)data.DeepClone();
        foreach (var (key, value) in inputs)
        {
            merged[key] = value;
        }

        return merged;
    }

    private async Task<string> PressAsync(string verb, JsonObject data)
    {
        var response = await _host.InvokeAsync(_host.Invoke(People.Boris, verb, data));
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        return Replies.Text(response["value"]!);
    }

    private JsonObject Install(TestPerson installer, string type)
    {
        var activity = _host.ChannelMessage(installer, string.Empty);
        activity["type"] = type;
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = CommandHost.TeamIdValue;
        activity["channelData"]!["channel"]!["id"] = CommandHost.TeamIdValue;
        if (type == "installationUpdate")
        {
            activity["action"] = "add";
        }
        else
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = CommandHost.BotId });
            activity["channelData"]!["eventType"] = "teamMemberAdded";
        }

        return activity;
    }
}
