using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #19 item 1: <c>export</c> gives the asking admin single-use, short-lived download links to the bot's own
/// address (workbook, submissions CSV, summary CSV); a link works once, until it expires, and only while the admin it
/// was made for is still an admin; an altered link is refused. Every refusal is one friendly line.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ExportDownloadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ForecastWeek Week = ForecastWeek.Parse("2026-W49");
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
        await _host.AddRepAsync(People.Chen);
        var deal = new DealForecast(DealId.From("d1"), "Contoso", "Renewal", ForecastCategory.Commit, 100_000.5m, new DateOnly(2026, 12, 3), Stage.From(90));
        await _host.Get<ISubmissionStore>().SaveAsync(new Submission(CommandHost.Team, Week, RepId.From(People.Dana.AadObjectId), [deal])
        {
            RepName = "Dana Kim",
            SubmittedAt = CommandHost.Now.AddDays(-3),
        }, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Export_OffersTheWorkbookAndTheCsvFiles_EachLinkWorksOnce()
    {
        var links = await ExportLinksAsync();

        Assert.Equal(["Excel workbook (.xlsx)", "Submissions (.csv)", "Summary (.csv)"], links.Keys);
        Assert.All(links.Values, l => Assert.StartsWith("https://botcommit.example.com/downloads/", l.AbsoluteUri, StringComparison.Ordinal));

        using var workbook = await _browser.GetAsync(links["Excel workbook (.xlsx)"].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal("botcommit-2026-W49.xlsx", workbook.Content.Headers.ContentDisposition?.FileNameStar ?? workbook.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", workbook.Headers.CacheControl?.ToString());
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false))
        {
            var part = document.WorkbookPart!;
            Assert.Equal(["Submissions", "Revisions", "Summary", "Settings"], part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
            var submissions = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var amount = submissions.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "H2");
            Assert.Equal(100_000.5m, decimal.Parse(amount.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)); // a number cell, not text
            Assert.Null(amount.DataType);
        }

        using var again = await _browser.GetAsync(links["Excel workbook (.xlsx)"].PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var csv = await _browser.GetByteArrayAsync(links["Submissions (.csv)"].PathAndQuery);
        Assert.StartsWith("\uFEFFweek,rep_id,rep_name,deal_id", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        var summary = System.Text.Encoding.UTF8.GetString(await _browser.GetByteArrayAsync(links["Summary (.csv)"].PathAndQuery));
        Assert.Contains("team,,,,", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_AfterItsLifetime_IsRefusedAsExpired()
    {
        var link = (await ExportLinksAsync()).Values.First();
        _host.Clock.Advance(TimeSpan.FromMinutes(16));

        using var response = await _browser.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_OfAnAdminRemovedSince_IsRefused()
    {
        var link = (await ExportLinksAsync()).Values.First();
        await _host.SaveTeamAsync(await _host.TeamAsync() with { Admins = [] });

        using var response = await _browser.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("no longer one", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Altered_IsRefusedInTheBrowsersLanguage()
    {
        var link = (await ExportLinksAsync()).Values.First();
        using var request = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery[..^3] + "xyz");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await _browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("此下载链接无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Olivia (an admin) types <c>export 2026-W49</c> in the channel; the links of the card in her personal chat.</summary>
    private async Task<Dictionary<string, Uri>> ExportLinksAsync()
    {
        var sent = await _host.SendAsync(_host.ChannelMessage(People.Olivia, "export 2026-W49"));
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

internal static class JsonDescendants
{
    public static IEnumerable<JsonObject> Descendants(this JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>().SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
