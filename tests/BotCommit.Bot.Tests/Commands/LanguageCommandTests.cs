using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #16: the team's language and culture (<c>set language</c>, <c>设置语言</c>, <c>設定語言</c>), the amount display
/// (<c>设置金额显示 万</c>), a rep's own zone set or cleared by an admin, and the zone and locale a rep's Teams sends.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class LanguageCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("set language zh-CN", "zh-CN")]
    [InlineData("设置语言 简体中文", "zh-CN")]
    [InlineData("设置语言zh-cn", "zh-CN")]
    [InlineData("設定語言 繁體中文", "zh-TW")]
    [InlineData("設定語言 zh-TW", "zh-TW")]
    [InlineData("set language en-GB", "en-GB")]
    public async Task SetLanguage_StoresTheCultureAuditsAndShowsIt(string command, string culture)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(culture, (await _host.TeamAsync()).Culture);
        Assert.Contains("Team language changed", answer, StringComparison.Ordinal);
        Assert.Contains("(" + culture + ")", answer, StringComparison.Ordinal);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("language", "en-US", culture), (entry.Setting, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task SetLanguage_ChineseReader_GetsAChineseConfirmationThatShowsTheLanguageInUse()
    {
        var message = _host.ChannelMessage(People.Olivia, "设置语言 zh-CN");
        message["locale"] = "zh-CN";

        var answer = await _host.AnswerAsync(message);

        Assert.Contains("团队语言已更改", answer, StringComparison.Ordinal);
        Assert.Contains("团队语言", answer, StringComparison.Ordinal);
        Assert.Contains("简体中文 (zh-CN)", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryConfirmation_ShowsTheTeamsLanguageAndZone()
    {
        await _host.SaveTeamAsync(await _host.TeamAsync() with { Culture = "zh-TW", TimeZoneId = "Asia/Taipei" });

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set currency TWD"));

        Assert.Contains("繁體中文 (zh-TW)", answer, StringComparison.Ordinal);
        Assert.Contains("Asia/Taipei", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("set language klingon")]
    [InlineData("设置语言")]
    public async Task SetLanguage_Unknown_IsRefusedWithAnExampleAndChangesNothing(string command)
    {
        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal("en-US", (await _host.TeamAsync()).Culture);
        Assert.Contains("set language zh-CN", answer, StringComparison.Ordinal);
        Assert.Empty(await _host.AuditAsync());
    }

    [Theory]
    [InlineData("设置金额显示 万", AmountStyle.Myriads)]
    [InlineData("設定金額顯示 萬", AmountStyle.Myriads)]
    [InlineData("set amounts 万", AmountStyle.Myriads)]
    public async Task SetAmountStyle_Myriads_IsStored(string command, AmountStyle expected)
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, command));

        Assert.Equal(expected, (await _host.TeamAsync()).AmountStyle);
    }

    [Fact]
    public async Task SetAmountStyle_BackToGrouped_IsStoredAndAudited()
    {
        await _host.SaveTeamAsync(await _host.TeamAsync() with { AmountStyle = AmountStyle.Myriads });

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "设置金额显示 千分位"));

        Assert.Equal(AmountStyle.Grouped, (await _host.TeamAsync()).AmountStyle);
        Assert.Equal(("amountStyle", "Myriads", "Grouped"), Assert.Single(await _host.AuditAsync()) is var e ? (e.Setting, e.OldValue, e.NewValue) : default);
    }

    [Fact]
    public async Task SetRepTimeZone_ThenClear_AdminZoneWinsOverTeamsUntilCleared()
    {
        await _host.AddRepAsync(People.Dana);

        await _host.AnswerAsync(_host.Command(People.Olivia, "set rep timezone @Dana Asia/Shanghai"));
        var set = await _host.RepAsync(People.Dana);
        await _host.SendAsync(WithClient(_host.PersonalMessage(People.Dana, "commit"), "Europe/Paris", "fr-FR"));
        var afterTeams = await _host.RepAsync(People.Dana);
        await _host.AnswerAsync(_host.Command(People.Olivia, "设置代表时区 @Dana 清除"));
        var cleared = await _host.RepAsync(People.Dana);

        Assert.Equal(("Asia/Shanghai", true), (set!.TimeZoneId, set.TimeZoneSetByAdmin));
        Assert.Equal(("Asia/Shanghai", "fr-FR"), (afterTeams!.TimeZoneId, afterTeams.Locale));
        Assert.Equal((null, false), (cleared!.TimeZoneId, cleared.TimeZoneSetByAdmin));
    }

    [Fact]
    public async Task RepsOwnMessage_KeepsTheZoneAndLocaleTheirTeamsSends()
    {
        await _host.AddRepAsync(People.Dana);

        await _host.SendAsync(WithClient(_host.PersonalMessage(People.Dana, "承诺"), "Asia/Shanghai", "zh-CN"));

        var rep = await _host.RepAsync(People.Dana);
        Assert.Equal(("Asia/Shanghai", "zh-CN", false), (rep!.TimeZoneId, rep.Locale, rep.TimeZoneSetByAdmin));
    }

    /// <summary>Teams' <c>clientInfo</c> entity and top-level locale, as a client in that zone and language sends them.</summary>
    internal static System.Text.Json.Nodes.JsonObject WithClient(System.Text.Json.Nodes.JsonObject activity, string zone, string locale)
    {
        activity["locale"] = locale;
        activity["localTimezone"] = zone;
        activity["entities"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "clientInfo",
            ["locale"] = locale,
            ["timezone"] = zone,
            ["platform"] = "Web",
        });
        return activity;
    }
}
