using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>The organisation tree by chat (issue #17): add region, set parent, set region channel, set region manager, regions.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RegionCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<OrgTree> TreeAsync() => (await _host.Get<IOrgTreeStore>().GetAsync(CancellationToken.None))!.Value;

    [Fact]
    public async Task BuildATree_InEnglishAndChinese_StoresItAndAuditsEachChange()
    {
        Assert.Contains("Region **EMEA** added", await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA")), StringComparison.Ordinal);
        Assert.Contains("华东", await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "添加大区 华东 上级 EMEA")), StringComparison.Ordinal);
        Assert.Contains("Sales EMEA", await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "設定上級大區 华东")), StringComparison.Ordinal);
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager EMEA <at>Dana Kim</at>", People.Dana));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "设置大区经理 <at>Chen Wei</at>", People.Chen));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region channel EMEA"));

        var tree = await TreeAsync();
        var emea = tree.Nodes.Single(n => n.Name == "EMEA");
        var east = tree.Nodes.Single(n => n.Name == "华东");
        var team = tree.FindTeam(CommandHost.Team)!;
        Assert.Equal(NodeKind.Region, emea.Kind);
        Assert.Equal(emea.Id, east.Parent);
        Assert.Equal(east.Id, team.Parent);
        Assert.Equal([RepId.From(People.Dana.AadObjectId)], emea.Managers);
        Assert.Equal([RepId.From(People.Chen.AadObjectId)], team.Managers);
        Assert.NotNull(emea.ChannelId);
        Assert.Contains(await _host.AuditAsync(TeamId.From(emea.Id.Value)), e => e.Setting == "manager:" + People.Dana.AadObjectId);

        var list = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "regions in Sales EMEA"));
        Assert.Contains("EMEA", list, StringComparison.Ordinal);
        Assert.Contains("华东", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NamesTheRegionsTheTeamRollsUpInto()
    {
        var alone = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "status"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "添加大区 华东 上级 EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set parent 华东"));

        var status = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "status"));

        Assert.DoesNotContain("Rolls up into", alone, StringComparison.Ordinal);
        Assert.Contains("Rolls up into: 华东 › EMEA", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetParent_ThatMakesACycle_IsRefusedInWords_AndNothingChanges()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region World"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA under World"));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set parent World under EMEA"));

        Assert.Contains("would end up under itself", answer, StringComparison.Ordinal);
        Assert.Null(((await TreeAsync()).Nodes.Single(n => n.Name == "World")).Parent);
    }

    [Fact]
    public async Task UnknownRegion_IsNamedAndTheUsageShown()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set parent Atlantis"));

        Assert.Contains("no region called **Atlantis**", answer, StringComparison.Ordinal);
        Assert.Null(await _host.Get<IOrgTreeStore>().GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TeamAdmin_WhenSalesOpsAreConfigured_CannotChangeRegions()
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "add region EMEA"));

        Assert.Contains("only sales ops", answer, StringComparison.Ordinal);
        Assert.Null(await _host.Get<IOrgTreeStore>().GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RegionZoneAndFiscalYear_SetByChat_AreAuditedListedAndInheritedBelow()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region DACH under EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set parent DACH"));

        var zone = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region timezone EMEA Europe/Berlin"));
        var fiscal = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "设置大区财年 EMEA 4月"));

        Assert.Contains("**Europe/Berlin**", zone, StringComparison.Ordinal);
        Assert.Contains("EMEA", fiscal, StringComparison.Ordinal);
        var tree = await TreeAsync();
        var emea = tree.Nodes.Single(n => n.Name == "EMEA");
        var dach = tree.Nodes.Single(n => n.Name == "DACH");
        var team = tree.FindTeam(CommandHost.Team)!;
        Assert.Equal("Europe/Berlin", emea.TimeZoneId);
        Assert.Equal(4, emea.FiscalYearStartMonth);
        Assert.Null(dach.TimeZoneId);
        Assert.Equal("Europe/Berlin", tree.Settings(dach.Id).TimeZoneId);
        Assert.Equal(4, tree.Settings(dach.Id).FiscalYearStartMonth);
        Assert.Equal(emea.Id, tree.Settings(team.Id).FiscalCalendarFrom);
        var audit = await _host.AuditAsync(TeamId.From(emea.Id.Value));
        Assert.Contains(audit, e => e.Setting == SettingKeys.TimeZone);
        Assert.Contains(audit, e => e.Setting == SettingKeys.FiscalYearStart);

        var list = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "regions in Sales EMEA"));
        Assert.Contains("time zone Europe/Berlin", list, StringComparison.Ordinal);
        Assert.Contains("time zone inherited (Europe/Berlin)", list, StringComparison.Ordinal);

        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "設定大區時區 EMEA 無"));
        Assert.Null((await TreeAsync()).Nodes.Single(n => n.Name == "EMEA").TimeZoneId);
    }

    [Theory]
    [InlineData("set region timezone Atlantis Europe/Berlin", "no region called **Atlantis**")]
    [InlineData("set region timezone EMEA Mars/Olympus", "Mars/Olympus")]
    [InlineData("set region fiscal year EMEA Smarch", "Smarch")]
    public async Task RegionSettings_BadInput_IsExplainedAndNothingChanges(string text, string expected)
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Boris, text));

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        var emea = (await TreeAsync()).Nodes.Single(n => n.Name == "EMEA");
        Assert.Null(emea.TimeZoneId);
        Assert.Null(emea.FiscalYearStartMonth);
    }
}
