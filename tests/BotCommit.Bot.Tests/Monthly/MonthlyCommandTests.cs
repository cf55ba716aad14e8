using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Admin;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// <c>monthly off</c> / <c>monthly on</c> through the real endpoint on Azurite: admins only, audited, in English and
/// Chinese, and shown in <c>status</c>.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MonthlyCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MonthlyOffThenOn_IsAudited_AndStatusSaysSo()
    {
        Assert.False((await _host.TeamAsync()).MonthlyForecastOff);
        Assert.Contains("Monthly forecast: on", await StatusAsync(), StringComparison.Ordinal);

        var off = await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "monthly off"));

        Assert.Contains("Monthly forecast", off, StringComparison.Ordinal);
        Assert.True((await _host.TeamAsync()).MonthlyForecastOff);
        var audit = Assert.Single(await _host.AuditAsync(), e => e.Setting == SettingKeys.MonthlyForecast);
        Assert.Equal(("true", "false", People.Olivia.AadObjectId), (audit.OldValue, audit.NewValue, audit.Actor.Value));
        Assert.Contains("Monthly forecast: off", await StatusAsync(), StringComparison.Ordinal);

        await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "monthly on"));
        Assert.False((await _host.TeamAsync()).MonthlyForecastOff);
    }

    [Theory]
    [InlineData("关闭月度预测", "zh-CN", "月度预测")]
    [InlineData("關閉月度預測", "zh-TW", "月度預測")]
    public async Task MonthlyOff_InChinese_IsUnderstoodAndAnsweredInChinese(string command, string locale, string expected)
    {
        var message = _host.ChannelMessage(People.Olivia, command);
        message["locale"] = locale;

        var answer = await _host.AnswerAsync(message);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.True((await _host.TeamAsync()).MonthlyForecastOff);
    }

    [Fact]
    public async Task MonthlyOff_FromARep_IsRefused_AndChangesNothing()
    {
        await _host.AddRepAsync(People.Dana);

        await _host.AnswerAsync(_host.ChannelMessage(People.Dana, "monthly off"));

        Assert.False((await _host.TeamAsync()).MonthlyForecastOff);
    }

    private async Task<string> StatusAsync() => await _host.AnswerAsync(_host.ChannelMessage(People.Olivia, "status"));
}
