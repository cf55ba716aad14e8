using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// <c>set region target</c> by chat (issue #17): month and quarter targets of a region in English and Chinese (the region
/// name run into the period), read on the region's inherited calendar, audited, listed by <c>regions</c>; bad input
/// explained with nothing changed; who may set them; and who sees the region commands in help.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RegionTargetCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<OrgTree> TreeAsync() => (await _host.Get<IOrgTreeStore>().GetAsync(CancellationToken.None))!.Value;

    private async Task<OrgNode> RegionAsync(string name) => (await TreeAsync()).Nodes.Single(n => n.Name == name);

    [Fact]
    public async Task MonthAndQuarterTargets_InEnglish_AreStoredAuditedAndListed_AndNoneRemovesOne()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));

        // Today is 2026-12-02 (the host's clock): "this month" is December, the quarter Oct–Dec on a January calendar.
        var month = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set region target EMEA month 2026-12 1.2m"));
        var quarter = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set region target EMEA quarter Q4 2026 3,000,000"));

        Assert.Contains("Region **EMEA**: the target for **December 2026** is now **1,200,000 USD** (before: no target)", month, StringComparison.Ordinal);
        Assert.Contains("**Oct–Dec 2026** is now **3,000,000 USD**", quarter, StringComparison.Ordinal);
        var emea = await RegionAsync("EMEA");
        Assert.Equal(1_200_000m, emea.MonthTargets["2026-12"]);
        Assert.Equal(3_000_000m, emea.QuarterTargets["2026-10"]);
        var audit = await _host.AuditAsync(TeamId.From(emea.Id.Value));
        Assert.Contains(audit, e => e.Setting == SettingKeys.With(SettingKeys.MonthTarget, "2026-12") && e.OldValue is null && e.NewValue == "1200000"
            && e.Actor == RepId.From(People.Boris.AadObjectId));
        Assert.Contains(audit, e => e.Setting == SettingKeys.With(SettingKeys.QuarterTarget, "2026-10") && e.NewValue == "3000000");

        var list = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "regions in Sales EMEA"));
        Assert.Contains("targets December 2026: 1,200,000 USD, Oct–Dec 2026: 3,000,000 USD", list, StringComparison.Ordinal);

        var cleared = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "set region target EMEA month this none"));
        Assert.Contains("the target for **December 2026** is removed (before: 1,200,000 USD)", cleared, StringComparison.Ordinal);
        Assert.Empty((await RegionAsync("EMEA")).MonthTargets);
        list = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "regions in Sales EMEA"));
        Assert.Contains("targets December 2026: —, Oct–Dec 2026: 3,000,000 USD", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseForms_RegionNameRunIntoThePeriod_ReadOnTheRegionsInheritedFiscalYear()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region 中国"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region 华东 under 中国"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region 北區 under 中国"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "设置大区财年 中国 4月")); // quarters start in Apr, Jul, Oct, Jan

        var east = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, "设置大区目标 华东4月 500万"), "zh-CN"));
        var eastQuarter = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, "设置大区目标华东 季度 下季度 1500万"), "zh-CN"));
        var north = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, "設定大區目標 北區１月 800萬"), "zh-TW"));
        var northQuarter = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, "設定大區目標 北區 2028年第一季度 2000萬"), "zh-TW"));

        Assert.Contains("大区 **华东**：", east, StringComparison.Ordinal);
        Assert.Contains("的目标现在是", east, StringComparison.Ordinal);
        Assert.Contains("大區 **北區**：", north, StringComparison.Ordinal);
        Assert.Contains("的目標現在是", northQuarter, StringComparison.Ordinal);
        var eastNode = await RegionAsync("华东");
        var northNode = await RegionAsync("北區");
        Assert.Equal(5_000_000m, eastNode.MonthTargets["2027-04"]);
        Assert.Equal(15_000_000m, eastNode.QuarterTargets["2027-01"]); // next quarter of an April year, from December
        Assert.Equal(8_000_000m, northNode.MonthTargets["2027-01"]);
        Assert.Equal(20_000_000m, northNode.QuarterTargets["2027-04"]); // fiscal years are named by the year they end in: FY2028 starts in April 2027
        Assert.Contains("的目标现在是", eastQuarter, StringComparison.Ordinal);

        var list = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, "大区 in Sales EMEA"), "zh-CN"));
        Assert.Contains("目标 ", list, StringComparison.Ordinal);
        Assert.Contains("—", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "set region target Atlantis month 2026-12 1m", "no region called **Atlantis**")]
    [InlineData("en-US", "set region target EMEA month Smarch 1m", "could not read the period")]
    [InlineData("en-US", "set region target EMEA month 2026-12 1.200.000", "1.200.000")]
    [InlineData("en-US", "set region target EMEA quarter 2026-11 3m", "does not start a quarter")]
    [InlineData("en-US", "set region target EMEA 2m", "set region target EMEA month 2026-12 5m")]
    [InlineData("zh-CN", "设置大区目标 EMEA 2026年12月 很多", "我没能读出金额")]
    [InlineData("zh-CN", "设置大区目标 华南4月 500万", "没有名为 **华南4月** 的大区")]
    [InlineData("zh-TW", "設定大區目標 EMEA 季度 2026年11月 300萬", "不是季度")]
    public async Task BadInput_IsExplainedInTheReadersLanguage_AndNothingChanges(string locale, string text, string expected)
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));

        var answer = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Boris, text), locale));

        Assert.Contains(expected, answer.Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var emea = await RegionAsync("EMEA");
        Assert.Empty(emea.MonthTargets);
        Assert.Empty(emea.QuarterTargets);
        Assert.DoesNotContain(await _host.AuditAsync(TeamId.From(emea.Id.Value)), e => e.Setting.Contains("target", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TeamAdmin_WhoManagesNoRegion_IsRefused_ButTheRegionsManagerMaySetIt()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region DACH under EMEA"));

        var refused = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set region target DACH month 2026-12 1m"));
        Assert.Contains("Only sales ops and the managers of **DACH**", refused, StringComparison.Ordinal);
        Assert.Empty((await RegionAsync("DACH")).MonthTargets);

        // Olivia manages EMEA, the region above DACH: she may set DACH's target and EMEA's.
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager EMEA <at>Olivia Ops</at>", People.Olivia));
        await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "set region target DACH month 2026-12 1m"));
        Assert.Equal(1_000_000m, (await RegionAsync("DACH")).MonthTargets["2026-12"]);
        var audit = await _host.AuditAsync(TeamId.From((await RegionAsync("DACH")).Id.Value));
        Assert.Contains(audit, e => e.Actor == RepId.From(People.Olivia.AadObjectId) && e.NewValue == "1000000");
    }

    [Fact]
    public async Task Help_ShowsRegionCommandsToThoseWhoCanUseThem()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));

        var salesOps = await _host.AnswerAsync(_host.PersonalMessage(People.Boris, "help"));
        var teamAdmin = await _host.AnswerAsync(_host.PersonalMessage(People.Olivia, "help"));

        Assert.Contains("add region NAME", salesOps, StringComparison.Ordinal);
        Assert.Contains("set region target REGION", salesOps, StringComparison.Ordinal);
        Assert.Contains("export region NAME", salesOps, StringComparison.Ordinal);
        Assert.Contains("regions:", teamAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("add region NAME", teamAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("set region target REGION", teamAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("export region NAME", teamAdmin, StringComparison.Ordinal);

        // A region's manager: its export and its targets, still not the tree's structure (sales ops').
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager EMEA <at>Olivia Ops</at>", People.Olivia));
        var manager = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Olivia, "帮助"), "zh-CN"));
        Assert.Contains("导出大区 名称", manager, StringComparison.Ordinal);
        Assert.Contains("设置大区目标 大区", manager, StringComparison.Ordinal);
        Assert.DoesNotContain("添加大区 名称", manager, StringComparison.Ordinal);

        // A rep who manages a region (no team admin): its export and its targets, none of the team's admin commands.
        await _host.AddRepAsync(People.Rita);
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager EMEA <at>Rita Rep</at>", People.Rita));
        var rep = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "help"));
        Assert.Contains("export region NAME", rep, StringComparison.Ordinal);
        Assert.Contains("set region target REGION", rep, StringComparison.Ordinal);
        Assert.DoesNotContain("status:", rep, StringComparison.Ordinal);
        Assert.DoesNotContain("regions:", rep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegionManager_WhoIsNoTeamAdmin_SetsTheRegionsTarget_ButNoOtherAdminCommand()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region EMEA"));
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "add region APAC"));
        await _host.AddRepAsync(People.Rita);
        await _host.AnswerAsync(_host.ChannelMessage(People.Boris, "set region manager EMEA <at>Rita Rep</at>", People.Rita));

        await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "set region target EMEA month 2026-12 2m"));
        var otherRegion = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "set region target APAC month 2026-12 2m"));
        var teamCommand = await _host.AnswerAsync(_host.PersonalMessage(People.Rita, "set target month 2026-12 2m"));

        Assert.Equal(2_000_000m, (await RegionAsync("EMEA")).MonthTargets["2026-12"]);
        Assert.Contains("Only sales ops and the managers of **APAC**", otherRegion, StringComparison.Ordinal);
        Assert.Empty((await RegionAsync("APAC")).MonthTargets);
        Assert.Contains("only the admins of", teamCommand, StringComparison.Ordinal);
        Assert.Empty((await _host.TeamAsync()).MonthTargets);
    }

    private static JsonObject Zh(JsonObject activity, string locale)
    {
        activity["locale"] = locale;
        return activity;
    }
}
