using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #19 item 2 through the host, on Azurite: <c>import crm</c> with the three presets' sample reports (pasted below
/// the command, or attached as Teams attaches a file), the dry run that changes nothing, the confirmed import that stores
/// the deals by CRM id, a re-import that updates and keeps the rep's category, unmatched owners, and a malformed file
/// (line and column in the reader's language, nothing changed).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CrmImportCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString);
        await _host.AddRepAsync(People.Dana);
        await _host.AddRepAsync(People.Chen);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Salesforce_DryRunChangesNothing_ThenConfirmStoresTheDealsByCrmId_Audited()
    {
        var dryRun = await AskAsync(_host, Pasted("import crm salesforce", "salesforce-opportunities.csv"));

        Assert.Contains("dry run", dryRun, StringComparison.Ordinal);
        Assert.Contains("Deals added: 3", dryRun, StringComparison.Ordinal);
        Assert.Contains("Owner not a rep: 1", dryRun, StringComparison.Ordinal);
        Assert.Contains("Line 5: pat.jones@contoso.com is not a rep of this team", dryRun, StringComparison.Ordinal);
        Assert.Contains("import crm salesforce confirm", dryRun, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
        Assert.Empty(await _host.AuditAsync());

        var done = await AskAsync(_host, Pasted("import crm salesforce confirm", "salesforce-opportunities.csv"));

        Assert.Contains("CRM import (salesforce) done", done, StringComparison.Ordinal);
        var dana = await DealsAsync(People.Dana);
        Assert.Equal(["sf-0065g00000AbCdEAAZ", "sf-0065g00000AbCdFAAZ"], dana.Select(d => d.Id.Value).Order());
        Assert.All(dana, d => Assert.Equal(ForecastCategory.Pipeline, d.Category));
        Assert.Equal(125_000m, dana.Single(d => d.Id.Value == "sf-0065g00000AbCdEAAZ").Amount);
        Assert.Equal(ForecastCategory.Won, Assert.Single(await DealsAsync(People.Chen)).Category); // CHEN.WEI@ matched
        var entry = Assert.Single(await _host.AuditAsync());
        Assert.Equal(("crmImport", People.Olivia.AadObjectId), (entry.Setting, entry.Actor.Value));
        Assert.Equal("salesforce: 3 added, 0 updated, 0 unchanged, 1 unmatched, 0 refused", entry.NewValue);
    }

    [Theory]
    [InlineData("import crm dynamics confirm", "dynamics-opportunities.csv", "d365-", 1, 1)]
    [InlineData("import crm hubspot confirm", "hubspot-deals.csv", "hs-", 1, 2)]
    [InlineData("import crm confirm", "dynamics-opportunities.csv", "d365-", 1, 1)] // preset found from the header
    [InlineData("import crm confirm", "hubspot-deals.csv", "hs-", 1, 2)]
    [InlineData("导入CRM hubspot 确认", "hubspot-deals.csv", "hs-", 1, 2)]
    [InlineData("匯入CRM 確認", "salesforce-opportunities.csv", "sf-", 2, 1)]
    public async Task EachPreset_NamedOrFoundFromTheHeader_ImportsItsSample(string command, string sample, string prefix, int danaDeals, int chenDeals)
    {
        await AskAsync(_host, Pasted(command, sample));

        var dana = await DealsAsync(People.Dana);
        var chen = await DealsAsync(People.Chen);
        Assert.Equal((danaDeals, chenDeals), (dana.Count, chen.Count));
        Assert.All(dana.Concat(chen), d => Assert.StartsWith(prefix, d.Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reimport_UpdatesByCrmId_KeepsTheRepsCategory_AndDoesNotDuplicate()
    {
        await AskAsync(_host, Pasted("import crm salesforce confirm", "salesforce-opportunities.csv"));
        var deals = _host.Get<IDealStore>();
        var dana = await DealsAsync(People.Dana);
        await deals.ReplaceAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId),
            [.. dana.Select(d => d.Id.Value == "sf-0065g00000AbCdEAAZ" ? d with { Category = ForecastCategory.Commit } : d)], CancellationToken.None);

        var changed = Sample("salesforce-opportunities.csv").Replace("\"$125,000.00\"", "\"$131,000.00\"", StringComparison.Ordinal);
        var answer = await AskAsync(_host, Pasted("import crm salesforce confirm", changed, isText: true));

        Assert.Contains("Deals updated: 1", answer, StringComparison.Ordinal);
        Assert.Contains("Already up to date: 2", answer, StringComparison.Ordinal);
        var after = await DealsAsync(People.Dana);
        Assert.Equal(2, after.Count);
        var fabrikam = after.Single(d => d.Id.Value == "sf-0065g00000AbCdEAAZ");
        Assert.Equal((131_000m, ForecastCategory.Commit), (fabrikam.Amount, fabrikam.Category));
    }

    [Fact]
    public async Task OwnersWhoAreNotReps_AreListedAsUnmatched_AndGetNothing()
    {
        // Emil is a member of the team but not a rep; Sam Taylor is not in the team at all.
        var text = Sample("dynamics-opportunities.csv").Replace("chen.wei@contoso.com", "emil.novak@contoso.com", StringComparison.Ordinal);

        var answer = await AskAsync(_host, Pasted("import crm dynamics confirm", text, isText: true));

        Assert.Contains("Owner not a rep: 2", answer, StringComparison.Ordinal);
        Assert.Contains("Line 3: emil.novak@contoso.com is not a rep of this team", answer, StringComparison.Ordinal);
        Assert.Contains("Line 4: sam.taylor@contoso.com is not a rep of this team", answer, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Chen));
        Assert.Empty(await _host.Get<IDealStore>().ListAsync(CommandHost.Team, RepId.From(People.Emil.AadObjectId), CancellationToken.None));
        Assert.Single(await DealsAsync(People.Dana));
    }

    [Fact]
    public async Task OwnerMatchedByUpn()
    {
        var text = Sample("hubspot-deals.csv").Replace("dana.kim@contoso.com", "dana@contoso.onmicrosoft.com", StringComparison.Ordinal);

        await AskAsync(_host, Pasted("import crm hubspot confirm", text, isText: true));

        Assert.Single(await DealsAsync(People.Dana));
    }

    [Theory]
    [InlineData("en-US", "Line 2, column 3 (Deal Stage): text after a closing quote")]
    [InlineData("zh-CN", "第 2 行，第 3 列（Deal Stage）：右引号后还有文字")]
    [InlineData("zh-TW", "第 2 列，第 3 欄（Deal Stage）：右引號後還有文字")]
    public async Task MalformedFile_IsAnErrorWithLineAndColumnInTheReadersLanguage_AndChangesNothing(string locale, string expected)
    {
        var text = Sample("hubspot-deals.csv").Replace("\"Contract sent\"", "\"Contract \"sent\"", StringComparison.Ordinal);
        var message = Pasted("import crm hubspot confirm", text, isText: true);
        message["locale"] = locale;

        var answer = await AskAsync(_host, message);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
        Assert.Empty(await DealsAsync(People.Chen));
        Assert.Empty(await _host.AuditAsync());
    }

    [Theory]
    [InlineData("en-US", "import crm id=Id; name=Deal; amount=Value; close=Close", "The column mapping cannot be read (missing owner).")]
    [InlineData("zh-CN", "导入CRM 编号=Id；名称=Deal；金额=Value", "无法读取列映射（缺少必需的键：负责人、成交日期）。")]
    [InlineData("zh-TW", "匯入CRM 編號=Id; 名稱=Deal; 金額=Value; 成交日期=Close", "無法讀取欄位對應（缺少必要的鍵：負責人）。")]
    [InlineData("en-US", "import crm id=Id; owner; name=Deal", "The column mapping cannot be read (\"owner\" is not key=column).")]
    [InlineData("zh-CN", "导入CRM 编号=Id; 主人=Owner", "无法读取列映射（“主人”不是以下键之一：编号、负责人")]
    [InlineData("zh-TW", "匯入CRM 編號=Id; 擁有者=Owner", "無法讀取欄位對應（「擁有者」不是以下鍵之一：編號、負責人")]
    [InlineData("zh-TW", "匯入CRM 編號=Id; 負責人", "無法讀取欄位對應（「負責人」不是 鍵=欄 的形式）。")]
    public async Task CustomMapping_ThatCannotBeRead_SaysWhyInTheReadersLanguage(string locale, string command, string expected)
    {
        var message = Pasted(command, "salesforce-opportunities.csv");
        message["locale"] = locale;

        var answer = await AskAsync(_host, message);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
    }

    [Fact]
    public async Task BadCells_AreRefusedWithLineAndColumn_TheOtherRowsImport()
    {
        var text = Sample("salesforce-opportunities.csv").Replace("\"$48,500.50\"", "\"lots\"", StringComparison.Ordinal);

        var answer = await AskAsync(_host, Pasted("import crm salesforce confirm", text, isText: true));

        Assert.Contains("Line 3, column 7 (Amount): \"lots\" is not an amount", answer, StringComparison.Ordinal);
        Assert.Contains("Refused rows: 1", answer, StringComparison.Ordinal);
        Assert.Single(await DealsAsync(People.Dana));
    }

    [Fact]
    public async Task NoFile_UnknownPreset_OrAHeaderOfNoPreset_ExplainAndChangeNothing()
    {
        var none = await AskAsync(_host, _host.PersonalMessage(People.Olivia, "import crm salesforce"));
        var unknown = await AskAsync(_host, Pasted("import crm pipedrive", "salesforce-opportunities.csv"));
        var undetected = await AskAsync(_host, Pasted("import crm", "Name,Value\r\nA,1\r\n", isText: true));

        Assert.Contains("No CSV came with the command.", none, StringComparison.Ordinal);
        Assert.Contains("\"pipedrive\" is not a CRM preset", unknown, StringComparison.Ordinal);
        Assert.Contains("not the Salesforce, Dynamics 365 or HubSpot report columns", undetected, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
    }

    [Fact]
    public async Task NotAnAdmin_IsRefused()
    {
        var answer = await AskAsync(_host, Pasted("import crm salesforce confirm", "salesforce-opportunities.csv", from: People.Dana));

        Assert.Contains("only the admins", answer, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
    }

    [Fact]
    public async Task AttachedFile_IsDownloadedFromAnAllowedHostWithoutCredentials()
    {
        using var files = new LoopbackFileServer(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample("hubspot-deals.csv"))).ToArray());
        await using var host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["BotCommit:CrmImport:FileHosts:0"] = "127.0.0.1" });
        await host.AddRepAsync(People.Dana);

        var answer = await AskAsync(host, Attached(host, "import crm confirm", files.Url, "hubspot-deals.csv"));

        Assert.Contains("CRM import (hubspot) done", answer, StringComparison.Ordinal);
        Assert.Single(await host.Get<IDealStore>().ListAsync(CommandHost.Team, RepId.From(People.Dana.AadObjectId), CancellationToken.None));
        Assert.Equal(1, files.Requests);
        Assert.Null(files.LastAuthorization);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data", "deals.csv")] // a host not listed
    [InlineData("https://contoso-my.sharepoint.com.evil.example/deals.csv", "deals.csv")]
    [InlineData("https://contoso-my.sharepoint.com/deals.xlsx", "deals.xlsx")] // not a CSV
    public async Task AttachedFile_FromAnotherHostOrNotCsv_IsRefusedWithoutFetching(string url, string name)
    {
        var answer = await AskAsync(_host, Attached(_host, "import crm confirm", new Uri(url), name));

        Assert.Contains("The attached file could not be read", answer, StringComparison.Ordinal);
        Assert.Empty(await DealsAsync(People.Dana));
    }

    /// <summary>The answer's text as the reader sees it (card markdown escapes such as <c>\.</c> undone).</summary>
    private static async Task<string> AskAsync(CommandHost host, JsonObject message) =>
        System.Text.RegularExpressions.Regex.Replace(await host.AnswerAsync(message), @"\\(.)", "$1");

    private Task<IReadOnlyList<DealForecast>> DealsAsync(TestPerson rep) =>
        _host.Get<IDealStore>().ListAsync(CommandHost.Team, RepId.From(rep.AadObjectId), CancellationToken.None);

    /// <summary>The admin's personal-chat message: the command on the first line, the report's lines below it.</summary>
    private JsonObject Pasted(string command, string sampleOrText, bool isText = false, TestPerson? from = null) =>
        _host.PersonalMessage(from ?? People.Olivia, command + "\r\n" + (isText ? sampleOrText : Sample(sampleOrText)));

    /// <summary>A personal-chat message with a file, as Teams sends one (supportsFiles): a download-info attachment.</summary>
    private static JsonObject Attached(CommandHost host, string command, Uri url, string name) =>
        CrmFiles.Attached(host, People.Olivia, command, url, name);

    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crm", "Samples", name));
}
