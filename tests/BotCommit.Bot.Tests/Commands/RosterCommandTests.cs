using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Admins, reps, managers, roster import, away/back and deal reassignment — people named by @mention.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RosterCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AddAdmin_MentionedMember_BecomesAdminByEntraId()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add admin <at>Farah Haddad</at>", People.Farah));

        Assert.Contains(RepId.From(People.Farah.AadObjectId), (await _host.TeamAsync()).Admins);
        Assert.Contains("Farah Haddad is an admin", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("admin:" + People.Farah.AadObjectId, null, "Farah Haddad"), (entry.Setting, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task AddAdmin_ThenTheNewAdminCanChangeSettings()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add admin <at>Farah Haddad</at>", People.Farah));

        await _host.AnswerAsync(_host.ChannelMessage(People.Farah, "set currency GBP"));

        Assert.Equal("GBP", (await _host.TeamAsync()).Currency);
    }

    [Fact]
    public async Task RemoveAdmin_Admin_IsRemovedAndLosesAccess()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add admin <at>Farah Haddad</at>", People.Farah));

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "remove admin <at>Farah Haddad</at>", People.Farah));
        var refused = await _host.AnswerAsync(_host.ChannelMessage(People.Farah, "pause"));

        Assert.DoesNotContain(RepId.From(People.Farah.AadObjectId), (await _host.TeamAsync()).Admins);
        Assert.Contains("only the admins", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAdmin_TheLastOneWithoutBootstrapAdmins_IsRefused()
    {
        await using var host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["BotCommit:BootstrapAdmins:0"] = " " });

        var answer = await host.AnswerAsync(host.ChannelMessage(People.Olivia, "remove admin <at>Olivia Ops</at>", People.Olivia));

        Assert.Contains("without an admin", answer, StringComparison.Ordinal);
        Assert.Single((await host.TeamAsync()).Admins);
    }

    [Fact]
    public async Task AddRep_Member_IsAddedActiveWithTheirName()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add rep <at>Dana Kim</at>", People.Dana));

        var rep = await _host.RepAsync(People.Dana);
        Assert.NotNull(rep);
        Assert.True(rep.Active);
        Assert.Equal("Dana Kim", rep.DisplayName);
        Assert.Contains("Dana Kim is a rep", answer, StringComparison.Ordinal);
        Assert.Equal("rep:" + People.Dana.AadObjectId, Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Theory]
    [InlineData("add rep me")]
    [InlineData("add rep myself")]
    [InlineData("添加销售代表 我")]
    [InlineData("新增業務代表 我")]
    [InlineData("添加代表 我自己")]
    public async Task AddRep_Me_AddsTheAdminTypingIt(string command)
    {
        var answer = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, command));

        var rep = await _host.RepAsync(People.Olivia);
        Assert.NotNull(rep);
        Assert.True(rep.Active);
        Assert.Equal("Olivia Ops", rep.DisplayName);
        Assert.Contains("Olivia Ops", answer, StringComparison.Ordinal);
        Assert.Equal("rep:" + People.Olivia.AadObjectId, Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task AddRep_Me_ByANonAdmin_IsRefusedAndAddsNobody()
    {
        await _host.AnswerAsync(_host.PersonalMessage(People.Dana, "add rep me"));

        Assert.Null(await _host.RepAsync(People.Dana));
    }

    [Fact]
    public async Task AddRep_WithoutAnyone_SaysHowIncludingMe()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add rep"));

        Assert.Contains("add rep me", answer, StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
    }

    [Fact]
    public async Task AddRep_SomeoneNotInTheTeam_IsRefused()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add rep <at>Sam Stranger</at>", People.Stranger));

        Assert.Contains("could not find Sam Stranger among this team's members", answer, StringComparison.Ordinal);
        Assert.Null(await _host.RepAsync(People.Stranger));
    }

    [Fact]
    public async Task RemoveRep_ActiveRep_BecomesInactiveAndKeepsTheirData()
    {
        await _host.AddRepAsync(People.Dana, r => r with { MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 5m } });

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "remove rep <at>Dana Kim</at>", People.Dana));

        var rep = await _host.RepAsync(People.Dana);
        Assert.False(rep!.Active);
        // Removed Wednesday 2026-12-02: W49's deadline had passed (its record stands with Dana), so she leaves in W50.
        Assert.Equal(BotCommit.Forecasting.Periods.ForecastWeek.Parse("2026-W50"), rep.LeftWeek);
        Assert.Equal(5m, rep.MonthTargets["2026-12"]);
        Assert.Contains("reassign deals", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetManager_RepAndManager_LinksThemAndAddsTheManagerAsManager()
    {
        await _host.AddRepAsync(People.Dana);

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set manager <at>Dana Kim</at> <at>Chen Wei</at>", People.Dana, People.Chen));

        Assert.Equal(RepId.From(People.Chen.AadObjectId), (await _host.RepAsync(People.Dana))!.ManagerId);
        Assert.True((await _host.RepAsync(People.Chen))!.IsManager);
        Assert.Contains("Manager of Dana Kim set", answer, StringComparison.Ordinal);
        Assert.Contains(await _host.AuditAsync(), e => e.Setting == "manager:" + People.Dana.AadObjectId && e.NewValue == People.Chen.AadObjectId);
    }

    [Fact]
    public async Task ImportRoster_FollowsContinuationTokensAddsNewKeepsExistingAndSkipsAdmins()
    {
        await _host.AddRepAsync(People.Dana, r => r with { DisplayName = "Dana (old name)", MonthTargets = new Dictionary<string, decimal> { ["2026-12"] = 7m } });

        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "import roster"));

        var pages = sent.Where(r => r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Contains("continuationToken=page-2", pages[1].RawTarget, StringComparison.Ordinal);
        var roster = await _host.Get<IRosterStore>().ListAsync(CommandHost.Team, CancellationToken.None);
        Assert.Equal(["Chen Wei", "Dana Kim", "Emil Novak", "Farah Haddad", "Rita Rep"], roster.Select(r => r.DisplayName).Order());
        var dana = roster.Single(r => r.DisplayName == "Dana Kim");
        Assert.Equal(7m, dana.MonthTargets["2026-12"]);
        var answer = Replies.Text(System.Text.Json.Nodes.JsonNode.Parse(sent[^1].Body)!);
        Assert.Contains("Added: 4", answer, StringComparison.Ordinal);
        Assert.Contains("Names updated: 1", answer, StringComparison.Ordinal);
        Assert.Contains("Not added because they are admins: Olivia Ops", answer, StringComparison.Ordinal);
        Assert.Contains("Added: Chen Wei, Emil Novak, Farah Haddad, Rita Rep.", answer, StringComparison.Ordinal);
        var audit = await _host.AuditAsync();
        var entry = Assert.Single(audit, e => e.Setting == "rosterImport");
        Assert.Equal("added 4, updated 1, unchanged 0", entry.NewValue);
        // Each change carries its own entry, saved with the roster row (its outbox).
        Assert.Equal(4, audit.Count(e => e.Setting.StartsWith("rep:", StringComparison.Ordinal) && e.OldValue is null && e.NewValue == "active"));
        var renamed = Assert.Single(audit, e => e.Setting == "repName:" + People.Dana.AadObjectId);
        Assert.Equal("Dana Kim", renamed.NewValue);
    }

    [Fact]
    public async Task AwayAndBack_MentionedRep_SetsAndClearsTheDate()
    {
        await _host.AddRepAsync(People.Dana);

        var away = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "away <at>Dana Kim</at> until 14 Dec", People.Dana));
        Assert.Equal(new DateOnly(2026, 12, 14), (await _host.RepAsync(People.Dana))!.AwayUntil);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        var back = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "back <at>Dana Kim</at>", People.Dana));

        Assert.Null((await _host.RepAsync(People.Dana))!.AwayUntil);
        Assert.Contains("Dana Kim is away", away, StringComparison.Ordinal);
        Assert.Contains("Dana Kim is back", back, StringComparison.Ordinal);
        Assert.Equal([(null, "2026-12-14"), ("2026-12-14", null)], (await _host.AuditAsync()).Select(a => (a.NewValue, a.OldValue)));
    }

    [Fact]
    public async Task ReassignDeals_MovesOpenDealsKeepsWonAndAudits()
    {
        await _host.AddRepAsync(People.Emil);
        await _host.AddRepAsync(People.Dana);
        var deals = _host.Get<IDealStore>();
        await deals.ReplaceAsync(CommandHost.Team, RepId.From(People.Emil.AadObjectId),
        [
            new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000m, new DateOnly(2026, 12, 10), Stage.From(90)),
            new DealForecast(DealId.From("d2"), "Fabrikam", "Expansion", ForecastCategory.Upside, 50_000m, new DateOnly(2026, 12, 18), Stage.From(60)),
            new DealForecast(DealId.From("d3"), "Litware", "Booked", ForecastCategory.Won, 20_000m, new DateOnly(2026, 11, 20), Stage.From(100)),
        ], CancellationToken.None);
        await deals.ReplaceAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId),
            [new DealForecast(DealId.From("d1"), "Tailspin", "Own deal", ForecastCategory.Pipeline, 10_000m, new DateOnly(2027, 1, 10), Stage.From(25))],
            CancellationToken.None);

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "reassign deals <at>Emil Novak</at> <at>Dana Kim</at>", People.Emil, People.Dana));

        var emil = await deals.ListAsync(CommandHost.Team, RepId.From(People.Emil.AadObjectId), CancellationToken.None);
        var dana = await deals.ListAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId), CancellationToken.None);
        Assert.Equal(["Litware"], emil.Select(d => d.Account));
        Assert.Equal(["Contoso", "Fabrikam", "Tailspin"], dana.Select(d => d.Account).Order());
        Assert.Equal(3, dana.Select(d => d.Id).Distinct().Count());
        Assert.Contains("2 open deals moved from Emil Novak to Dana Kim", answer, StringComparison.Ordinal);
        Assert.Contains("150,000 USD", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("deals:" + People.Emil.AadObjectId, People.Dana.AadObjectId), (entry.Setting, entry.NewValue));
    }
}
