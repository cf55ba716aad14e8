using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;

namespace BotCommit.Bot.Tests.Commands;

/// <summary><c>set top N</c>: N of the TOP lists in the summary thread, in English and Chinese, audited, shown in status.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TopListCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("set top 15", null, 15)]
    [InlineData("set top n 3", null, 3)]
    [InlineData("设置TOP 20", "zh-CN", 20)]
    [InlineData("设置TOP项目数 5个", "zh-CN", 5)]
    [InlineData("設定TOP專案數 25個", "zh-TW", 25)]
    [InlineData("設定TOP列表 1", "zh-TW", 1)]
    public async Task SetTop_StoresN_AndAudits(string command, string? locale, int size)
    {
        var activity = _host.ChannelMessage(People.Olivia, command);
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        var answer = await _host.AnswerAsync(activity);

        Assert.Equal(size, (await _host.TeamAsync()).TopListSize);
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal("topListSize", entry.Setting);
        Assert.Null(entry.OldValue);
        Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.NewValue);
        Assert.Contains(locale is null ? "Deals per TOP list changed" : locale == "zh-CN" ? "每个 TOP 项目列表的商机数已更改" : "每個 TOP 專案列表的商機數已更改", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetTopDefault_ClearsTheSetting()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set top 15"));
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set top default"));

        Assert.Null((await _host.TeamAsync()).TopListSize);
    }

    [Theory]
    [InlineData("set top 0", null, "is not a number of deals from 1 to 25")]
    [InlineData("set top 26", null, "is not a number of deals from 1 to 25")]
    [InlineData("set top lots", null, "**set top 15**")]
    [InlineData("设置TOP 很多", "zh-CN", "不是 1 到 25 之间的商机数")]
    public async Task SetTop_BadNumber_IsAFriendlyUsage_AndChangesNothing(string command, string? locale, string expected)
    {
        var activity = _host.ChannelMessage(People.Olivia, command);
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        var answer = await _host.AnswerAsync(activity);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Null((await _host.TeamAsync()).TopListSize);
        Assert.Empty(await _host.AuditAsync());
    }

    [Fact]
    public async Task Status_ShowsN()
    {
        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "set top 12"));

        var answer = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status"));

        Assert.Contains("TOP lists in the summary thread: 12 deals each", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetTop_ByARep_IsRefused()
    {
        await _host.AddRepAsync(People.Dana);

        await _host.AnswerAsync(_host.ChannelMessage(People.Dana, "set top 3"));

        Assert.Null((await _host.TeamAsync()).TopListSize);
    }
}
