using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BotCommit.Bot.Progress;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Testing.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Issue #19 item 3 for the CRM import, on Azurite: a confirmed 2,000-row import attached in the admin's personal chat answers at
/// once with one progress card, replaces that same card in place (PUT on its activity id) at most once per interval, never
/// once per rep, and ends with the right counts and the time taken: 25 reps × 78 rows, 10 of the first rep's deals already
/// there (updated), 30 rows of an owner who is not a rep (unmatched), 20 repeated ids (refused).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class CrmImportProgressTests(AzuriteFixture azurite, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reps = 25;
    private const int RowsPerRep = 78;
    private const int AlreadyThere = 10;
    private const int Unmatched = 30;
    private const int Repeated = 20;
    private CommandHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["BotCommit:Progress:UpdateInterval"] = "00:00:01",
            ["BotCommit:CrmImport:FileHosts:0"] = "127.0.0.1",
        });
        var roster = _host.Get<IRosterStore>();
        for (var i = 0; i < Reps; i++)
        {
            var rep = new Rep(CommandHost.Team, RepId.From(RepOf(i)), "Rep " + i.ToString(CultureInfo.InvariantCulture));
            await roster.SaveAsync(rep, null, CancellationToken.None);
            _host.Connector.Members.Add(new JsonObject
            {
                ["id"] = "29:rep-" + i.ToString(CultureInfo.InvariantCulture),
                ["name"] = rep.DisplayName,
                ["aadObjectId"] = RepOf(i),
                ["userRole"] = "user",
                ["email"] = MailOf(i),
            });
        }

        DealForecast[] existing =
        [
            .. Enumerable.Range(0, AlreadyThere).Select(d => new DealForecast(
                DealId.From("sf-" + OpportunityOf(0, d)), "Old account", "Old name", ForecastCategory.Upside, 1m, new DateOnly(2027, 1, 15), Stage.From(25))),
        ];
        await _host.Get<IDealStore>().ReplaceAsync(CommandHost.Team, RepId.From(RepOf(0)), existing, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Import_2000Rows_AnswersAtOnceThenUpdatesOneCardInPlaceAndEndsWithTheRightCounts()
    {
        using var file = new LoopbackFileServer(Encoding.UTF8.GetBytes(Report()));
        var before = _host.Connector.Requests.Count;

        await _host.Host.PostActivityAsync(CrmFiles.Attached(_host, People.Olivia, "import crm salesforce confirm", file.Url, "opportunities.csv"));
        var answeredAt = _host.Connector.Requests.Count;
        var idle = _host.Get<LongWork>().WhenIdleAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var advanced = 0;
        while (!idle.IsCompleted && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1)); // one update interval per 500 ms of real time
            advanced++;
            await Task.WhenAny(idle, Task.Delay(500));
        }

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        var sent = _host.Connector.Requests.Skip(before).ToList();
        var progress = Assert.Single(sent, r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Contains(progress, sent.Take(answeredAt - before)); // posted within the turn, before the import
        Assert.Contains("Importing the CRM report (salesforce) into Sales EMEA", Text(progress), StringComparison.Ordinal);
        var updates = sent.Where(r => r.Method == "PUT").ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.StartsWith(progress.Path + "/", u.Path, StringComparison.Ordinal));
        Assert.Single(updates.Select(u => u.Path).Distinct());
        Assert.InRange(updates.Count, 1, advanced + 1); // at most one per interval, plus the final one
        Assert.True(updates.Count <= Reps, $"{updates.Count} updates for {Reps} reps written");
        Assert.All(updates.SkipLast(1), u => Assert.Contains("Rows processed", Text(u), StringComparison.Ordinal));

        output.WriteLine($"{updates.Count} card updates (PUT) and 1 send (POST) for {Reps} pipelines written, {advanced} intervals passed");
        var final = Text(updates[^1]);
        Assert.Contains("CRM import (salesforce) done", final, StringComparison.Ordinal);
        Assert.Contains("Rows processed: 2,000 of 2,000", final, StringComparison.Ordinal);
        Assert.Contains("Deals added: 1,940", final, StringComparison.Ordinal);
        Assert.Contains("Deals updated: 10", final, StringComparison.Ordinal);
        Assert.Contains("Already up to date: 0", final, StringComparison.Ordinal);
        Assert.Contains("Owner not a rep: 30", final, StringComparison.Ordinal);
        Assert.Contains("Refused rows: 20", final, StringComparison.Ordinal);
        Assert.Contains("nobody@contoso.com is not a rep of this team", final, StringComparison.Ordinal);
        Assert.Matches(@"Done in \d+ (s|min \d+ s)\.", final);

        var deals = await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None);
        Assert.Equal(Reps * RowsPerRep, deals.Values.Sum(d => d.Count));
        var first = deals[RepId.From(RepOf(0))];
        Assert.Equal(RowsPerRep, first.Count);
        Assert.All(first.Where(d => d.Name == "Old name"), d => Assert.Fail("not updated: " + d.Id));
        Assert.Equal(ForecastCategory.Upside, first.Single(d => d.Id.Value == "sf-" + OpportunityOf(0, 0)).Category); // the rep's call stays
        Assert.Equal("crmImport", Assert.Single(await _host.AuditAsync()).Setting);
    }

    [Fact]
    public async Task Import_AskedInAChannel_AnswersAtOnce_KeepsOneCardUpToDateInThePersonalChat_AndTheChannelGetsOneLine()
    {
        await _host.SendAsync(_host.PersonalMessage(People.Olivia, "hi")); // Olivia's personal chat is known
        using var file = new LoopbackFileServer(Encoding.UTF8.GetBytes(Report()));
        var message = _host.ChannelMessage(People.Olivia, "import crm salesforce confirm");
        message["attachments"] = CrmFiles.Attached(_host, People.Olivia, "x", file.Url, "opportunities.csv")["attachments"]!.DeepClone();
        var before = _host.Connector.Requests.Count;

        await _host.Host.PostActivityAsync(message);
        var answered = _host.Connector.Requests.Skip(before).ToList();
        var idle = _host.Get<LongWork>().WhenIdleAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!idle.IsCompleted && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(idle, Task.Delay(500));
        }

        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        var sent = _host.Connector.Requests.Skip(before).ToList();

        // Within the turn: the card in the personal chat, then one line in the channel; nothing of the import there.
        var inChannel = sent.Where(r => r.Path.Contains("managers", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(inChannel);
        Assert.Contains(line, answered);
        Assert.Contains("Its progress and outcome are in our personal chat", Text(line), StringComparison.Ordinal);
        Assert.DoesNotContain("Rows processed", line.Body, StringComparison.Ordinal);
        var card = Assert.Single(sent, r => r.Method == "POST" && r.Path.Contains("a:personal-olivia", StringComparison.Ordinal));
        Assert.Contains(card, answered);
        Assert.True(answered.IndexOf(card) < answered.IndexOf(line), "the card is posted before the channel is told where it is");
        Assert.Contains("Importing the CRM report (salesforce) into Sales EMEA", Text(card), StringComparison.Ordinal);

        // After the turn: the same card replaced in place, ending with the counts and the time taken.
        var updates = sent.Where(r => r.Method == "PUT").ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.StartsWith(card.Path + "/", u.Path, StringComparison.Ordinal));
        Assert.Single(updates.Select(u => u.Path).Distinct());
        var final = Text(updates[^1]);
        Assert.Contains("CRM import (salesforce) done", final, StringComparison.Ordinal);
        Assert.Contains("Rows processed: 2,000 of 2,000", final, StringComparison.Ordinal);
        Assert.Contains("Deals added: 1,940", final, StringComparison.Ordinal);
        Assert.Matches(@"Done in \d+ (s|min \d+ s)\.", final);
        Assert.Equal(Reps * RowsPerRep, (await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None)).Values.Sum(d => d.Count));
        Assert.Equal(sent.Count, sent.Count(r => r.Path.Contains("managers", StringComparison.Ordinal) || r.Path.Contains("a:personal-olivia", StringComparison.Ordinal)
            || r.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) || r.Method == "GET")); // nothing anywhere else
    }

    [Fact]
    public async Task Import_AskedInAChannelWithoutAPersonalChat_ImportsNothing_AndSaysHowToOpenOne()
    {
        _host.Connector.Responder = r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? ScriptedConnectorResponse.Failure(403, "ForbiddenOperationException")
            : null;
        using var file = new LoopbackFileServer(Encoding.UTF8.GetBytes(Report()));
        var message = _host.ChannelMessage(People.Olivia, "import crm salesforce confirm");
        message["attachments"] = CrmFiles.Attached(_host, People.Olivia, "x", file.Url, "opportunities.csv")["attachments"]!.DeepClone();

        var sent = await _host.SendAsync(message);

        var line = Assert.Single(sent, r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Contains("managers", line.Path, StringComparison.Ordinal);
        Assert.Contains("could not open one", Text(line), StringComparison.Ordinal);
        Assert.DoesNotContain(sent, r => r.Method == "PUT");
        Assert.Equal(AlreadyThere, (await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None)).Values.Sum(d => d.Count));
        Assert.Empty(await _host.AuditAsync());
    }

    [Fact]
    public async Task Import_StoppedBeforeItsFirstCount_EndsTheCardWithWhatToDo_NotWithZeroCounts()
    {
        using var file = new LoopbackFileServer(Encoding.UTF8.GetBytes(Report()));
        _host.Connector.Responder = request => request.Path.EndsWith("/pagedmembers", StringComparison.Ordinal)
            ? ScriptedConnectorResponse.Failure(403, "Forbidden")
            : null;

        var sent = await _host.SendAsync(CrmFiles.Attached(_host, People.Olivia, "import crm salesforce confirm", file.Url, "opportunities.csv"));

        var final = Text(sent.Last(r => r.Method == "PUT"));
        Assert.Contains("The import stopped with an unexpected error", final, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent", final, StringComparison.Ordinal);
        Assert.Matches(@"Done in \d+ (s|min \d+ s)\.", final);
        Assert.Equal(AlreadyThere, (await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None)).Values.Sum(d => d.Count));
    }

    [Fact]
    public async Task DryRun_StaysWithinTheTurn_WithoutAProgressCard()
    {
        using var file = new LoopbackFileServer(Encoding.UTF8.GetBytes(Report()));
        var sent = await _host.SendAsync(CrmFiles.Attached(_host, People.Olivia, "import crm salesforce", file.Url, "opportunities.csv"));

        Assert.DoesNotContain(sent, r => r.Method == "PUT");
        var answer = Text(Assert.Single(sent, r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)));
        Assert.Contains("Deals added: 1,940", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Rows processed", answer, StringComparison.Ordinal);
        Assert.Equal(AlreadyThere, (await _host.Get<IDealStore>().ListTeamAsync(CommandHost.Team, CancellationToken.None)).Values.Sum(d => d.Count));
    }

    /// <summary>The 2,000-row Salesforce report: each rep's rows, the unmatched owner's, then repeats of rep 1's ids.</summary>
    private static string Report()
    {
        var text = new StringBuilder("\"Opportunity Owner\",\"Owner Email\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Amount\",\"Probability (%)\",\"Close Date\",\"Opportunity ID\"\r\n");
        void Row(string owner, string mail, string id, int n) => text.Append(CultureInfo.InvariantCulture,
            $"\"{owner}\",\"{mail}\",\"Account {n}\",\"Deal {n}\",\"Prospecting\",\"{1000 + n}\",\"50\",\"3/{1 + (n % 28)}/2027\",\"{id}\"\r\n");
        var n = 0;
        for (var rep = 0; rep < Reps; rep++)
        {
            for (var d = 0; d < RowsPerRep; d++)
            {
                Row("Rep " + rep.ToString(CultureInfo.InvariantCulture), MailOf(rep), OpportunityOf(rep, d), n++);
            }
        }

        for (var d = 0; d < Unmatched; d++)
        {
            Row("Nobody", "nobody@contoso.com", "NOBODY" + d.ToString("D4", CultureInfo.InvariantCulture), n++);
        }

        for (var d = 0; d < Repeated; d++)
        {
            Row("Rep 1", MailOf(1), OpportunityOf(1, d), n++);
        }

        return text.ToString();
    }

    /// <summary>The card's text as the reader sees it (markdown escapes such as <c>\\.</c> undone).</summary>
    private static string Text(RecordedConnectorRequest request) =>
        System.Text.RegularExpressions.Regex.Replace(Replies.Text(JsonNode.Parse(request.Body)!), @"\\(.)", "$1");

    private static string RepOf(int i) => "cccccccc-0000-4000-8000-" + i.ToString("D12", CultureInfo.InvariantCulture);

    private static string MailOf(int i) => "rep" + i.ToString(CultureInfo.InvariantCulture) + "@contoso.com";

    private static string OpportunityOf(int rep, int deal) =>
        "006R" + rep.ToString("D2", CultureInfo.InvariantCulture) + "D" + deal.ToString("D3", CultureInfo.InvariantCulture);
}
