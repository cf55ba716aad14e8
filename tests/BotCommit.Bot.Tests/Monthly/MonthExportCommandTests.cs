using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// <c>export month</c> through the host (issue #18 item 6, #19 item 1), on Wednesday 2026-12-02 (team in UTC): December's
/// review is due Monday 2026-12-07 08:00, so the latest due is November's. Typed in the channel, the links go to the
/// admin's personal chat, titled in her language; a link is refused once she is no longer an admin; a month not due yet,
/// or no month at all, gets one line and no links.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class MonthExportCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["BotCommit:Downloads:PublicBaseUrl"] = "https://botcommit.example.com",
        });
        _browser = _host.Host.CreateClient();
        await _host.AddRepAsync(People.Dana);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ExportMonth_InChinese_InTheChannel_LinksGoPrivatelyInTheAdminsLanguage()
    {
        var message = _host.ChannelMessage(People.Olivia, "导出月度 上个月");
        message["locale"] = "zh-CN";

        var sent = await _host.SendAsync(message);

        var links = PrivateLinks(sent);
        Assert.Equal(["Excel 工作簿 (.xlsx)", "离线包 (.zip)", "月度总结 (.json)", "月度预测 (.csv)"], links.Keys);
        Assert.DoesNotContain(sent, r => r.Path.Contains(CommandHost.ManagersChannel, StringComparison.Ordinal) && r.Body.Contains("/downloads/", StringComparison.Ordinal));
        using var zip = await _browser.GetAsync(links["离线包 (.zip)"].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("botcommit-2026-11-offline.zip", zip.Content.Headers.ContentDisposition?.FileNameStar ?? zip.Content.Headers.ContentDisposition?.FileName);
        var (files, problem) = MonthlyExportBundle.Read(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));
        Assert.True(files is not null, problem);
        Assert.Equal(YearMonth.Parse("2026-11"), files.Month);
        var offline = OfflineMonthlyReview.Compute(files.Forecasts, files.Submissions, files.Settings.Text, files.Month);
        Assert.True(offline.Succeeded);
        Assert.Equal(files.Review?.Text, MonthlyReviewJson.Write(offline.Content!));
        Assert.Contains("Dana", files.Review?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthLink_OfAnAdminRemovedSince_IsRefused()
    {
        var links = PrivateLinks(await _host.SendAsync(_host.ChannelMessage(People.Olivia, "export month")));
        await _host.SaveTeamAsync(await _host.TeamAsync() with { Admins = [] });

        using var response = await _browser.GetAsync(links["Review (.json)"].PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("no longer one", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export month 2026-12", "The monthly review of 2026-12 is not due yet: it is posted at 2026-12-07 08:00 UTC.")]
    [InlineData("export month soon", "I could not read a month in “soon”.")]
    [InlineData("匯出月度 13月", "無法從「13月」讀出月份。")]
    public async Task ExportMonth_NotDueOrNoMonth_OneLineNoLinks(string command, string expected)
    {
        var message = _host.PersonalMessage(People.Olivia, command);
        if (command.StartsWith('匯'))
        {
            message["locale"] = "zh-TW";
        }

        var sent = await _host.SendAsync(message);

        var texts = sent.Where(r => r.Body.StartsWith('{')).Select(r => Replies.Text(JsonNode.Parse(r.Body)!)).ToList();
        Assert.Contains(texts, t => t.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(sent, r => r.Body.Contains("/downloads/", StringComparison.Ordinal));
    }

    private static Dictionary<string, Uri> PrivateLinks(IReadOnlyList<RecordedConnectorRequest> sent)
    {
        var links = new Dictionary<string, Uri>();
        foreach (var request in sent.Where(r => r.Method == "POST" && r.Path.Contains("a:created-", StringComparison.Ordinal)))
        {
            foreach (var action in JsonNode.Parse(request.Body)!.AsObject().Descendants().Where(n => n["type"]?.GetValue<string>() == "Action.OpenUrl"))
            {
                links.Add(action["title"]!.GetValue<string>(), new Uri(action["url"]!.GetValue<string>()));
            }
        }

        Assert.NotEmpty(links);
        return links;
    }
}
