using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using BotCommit.Bot.Monthly;
using BotCommit.Bot.Tests.Commands;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Cards.Monthly;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Teams;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit.Abstractions;

namespace BotCommit.Bot.Tests.Monthly;

/// <summary>
/// Issue #18's three-month host test: 20 reps of one team (UTC, default schedule) answer their weekly card every week from
/// 2026-W50 to 2027-W05 (across ISO week 2026-W53) and their monthly card in the due weeks of December 2026 (W50), January 2027 (W01) and February
/// 2027 (W05), through the real host on Azurite with the fake connector and the scheduler's ticks on a moved clock.
/// Variations: rep 1 always answers after the deadline (and sends January's monthly card late), rep 2 skips 2026-W51 and
/// 2027-W01 (away in January's due week), rep 3 sends only December's monthly card (carried after), reps slip and move
/// their deals. Each month's review is posted once to the managers' channel, and the review recomputed offline from the
/// files of <c>export month</c>, asked through the host by the team's admin and downloaded through the download endpoint
/// (the offline bundle: forecasts CSVs of m and m−1, the submissions CSV of the weeks it needs, the settings JSON), gives
/// the review JSON the bot exports and renders, as the publisher renders it, to exactly the card that was posted.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ThreeMonthsHostTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int RepCount = 20;
    private const int Late = 1;
    private const int Away = 2;
    private const int Carried = 3;
    private static readonly ForecastWeek FirstWeek = ForecastWeek.Parse("2026-W50");
    private static readonly YearMonth[] Months = [new(2026, 12), new(2027, 1), new(2027, 2)];
    private static readonly TestPerson[] Reps = [.. Enumerable.Range(0, RepCount).Select(i => new TestPerson(
        "29:rep" + i.ToString("D2", CultureInfo.InvariantCulture),
        "Rep " + i.ToString("D2", CultureInfo.InvariantCulture),
        "aaaaaaaa-0000-4000-8000-0000000000" + i.ToString("D2", CultureInfo.InvariantCulture)))];

    private CommandHost _host = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await CommandHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["BotCommit:Downloads:PublicBaseUrl"] = "https://botcommit.example.com",
        });
        _browser = _host.Host.CreateClient();
        var deals = _host.Get<IDealStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, RepCount), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            await _host.AddRepAsync(Reps[i]);
            await deals.ReplaceAsync(CommandHost.Team, RepId.From(Reps[i].AadObjectId),
            [
                new DealForecast(DealId.From($"c{i}"), $"Account C{i}", "Renewal", ForecastCategory.Commit, 50_000m + (i * 1_000m), new DateOnly(2027, 3, 15), Stage.From(90)),
                new DealForecast(DealId.From($"u{i}"), $"Account U{i}", "Expansion", ForecastCategory.Upside, 30_000m + (i * 500m), new DateOnly(2027, 2, 20), Stage.From(60)),
                new DealForecast(DealId.From($"p{i}"), $"Account P{i}", "New logo", ForecastCategory.Pipeline, 80_000m + (i * 2_000m), new DateOnly(2027, 5, 10), Stage.From(25)),
            ], token);
        });
        await InBatchesAsync(Enumerable.Range(0, RepCount), i => _host.SendAsync(_host.PersonalMessage(Reps[i], "help"))); // each rep's chat is known
        await _host.SendAsync(_host.ChannelMessage(People.Olivia, "set channel"));
        Assert.NotNull((await _host.TeamAsync()).SummaryChannel);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ThreeMonths_20Reps_EachReviewPostedOnce_AndReproducedOfflineFromItsExport()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var week = FirstWeek;
        for (var k = 0; k < 9; k++, week = week.Next)
        {
            await RunWeekAsync(week, k);
        }

        output.WriteLine($"nine weeks: {watch.Elapsed}");
        var reviews = ReviewPosts();
        Assert.Equal(Months.Length, reviews.Count);

        // A month not due yet, and one that is no month, change nothing and say so.
        Assert.Contains("is not due yet", Replies.Text((await AskAsync("export month 2027-03"))[0]), StringComparison.Ordinal);
        Assert.Contains("could not read a month", Replies.Text((await AskAsync("export month 2027-13"))[0]), StringComparison.Ordinal);

        // Each month is exported through the host by the team's admin (in English, in Chinese, and by default: the latest
        // review), the files downloaded through the links, and the review recomputed from the offline bundle alone.
        (YearMonth Month, string Command)[] exports = [(Months[0], "export month 2026-12"), (Months[1], "导出月度 2027年1月"), (Months[2], "export month")];
        foreach (var (month, command) in exports)
        {
            var title = "Monthly forecast review — " + MonthTitle(month);
            var posted = Assert.Single(reviews, r => r.Card.ToJsonString().Contains(JsonEncodedTitle(title), StringComparison.Ordinal));
            var links = await ExportLinksAsync(command);
            Assert.Equal(["Excel workbook (.xlsx)", "Offline bundle (.zip)", "Review (.json)", "Monthly forecasts (.csv)"], links.Keys);

            var (files, problem) = MonthlyExportBundle.Read(new MemoryStream(await DownloadAsync(links["Offline bundle (.zip)"])));
            Assert.True(files is not null, problem);
            Assert.Equal(month, files.Month);
            var team = await _host.TeamAsync();
            var result = OfflineMonthlyReview.Compute(files.Forecasts, files.Submissions, files.Settings.Text, files.Month, team.TopListSize ?? TopListCalculator.DefaultSize);
            Assert.True(result.Succeeded, string.Join("; ", result.CsvErrors.Select(e => e.ToString()).Concat(result.SettingsErrors.Select(e => e.ToString()))));
            var offline = result.Content!;

            // The review JSON the bot exports (its own computation, as for the post) is the offline one, in the bundle too.
            var reviewJson = System.Text.Encoding.UTF8.GetString(await DownloadAsync(links["Review (.json)"]));
            Assert.Equal(reviewJson, MonthlyReviewJson.Write(offline));
            Assert.Equal(reviewJson, files.Review?.Text);

            // The card rebuilt from the offline review, as the publisher builds it, is the card the channel got.
            var teamFiguresOnly = !SummaryAudience.ChannelGetsDetails(team);
            var expected = TeamsMonthlyReviewPublisher.Card(team, offline, teamFiguresOnly).ToJson();
            Assert.True(JsonNode.DeepEquals(expected, posted.Card), $"{month} posted:\n{posted.Card}\noffline:\n{expected}");
            Assert.Equal(RepCount, offline.Review.Reps.Count);
            var tampered = TeamsMonthlyReviewPublisher.Card(team, offline with { Review = offline.Review with { Reps = [.. offline.Review.Reps.Skip(1)] } }, teamFiguresOnly).ToJson();
            Assert.False(JsonNode.DeepEquals(tampered, posted.Card), "the comparison sees a missing rep");
            AssertTheMonthIsNonTrivial(month, offline);

            // The workbook holds the same review: a team row and a row per rep, with number cells.
            await AssertWorkbookAsync(links["Excel workbook (.xlsx)"], offline);
            var forecastsCsv = System.Text.Encoding.UTF8.GetString(await DownloadAsync(links["Monthly forecasts (.csv)"]));
            Assert.StartsWith("\uFEFF" + string.Join(',', MonthlyForecastsCsv.Columns), forecastsCsv, StringComparison.Ordinal);

            // Each link works once.
            using var again = await _browser.GetAsync(links["Review (.json)"].PathAndQuery);
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        }

        Assert.Equal(Months.Length, ReviewPosts().Count);
        output.WriteLine($"with the exports: {watch.Elapsed}");
    }

    private async Task AssertWorkbookAsync(Uri link, MonthlyReviewContent offline)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(link)), false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Forecasts", "Review", "Months", "Settings"], sheets.Select(s => s.Name!.Value!));
        var review = (WorksheetPart)part.GetPartById(sheets[1].Id!);
        var rows = review.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 1 + RepCount, rows.Count);
        var column = MonthlyWorkbook.ReviewColumns.ToList().IndexOf("twelveMonthForecast");
        var letter = ((char)('A' + column)).ToString(); // the review's figure columns are within A..Z
        var teamForecast = rows[1].Elements<Cell>().Single(c => c.CellReference?.Value == letter + "2");
        Assert.Equal(offline.Review.TeamFigures.TwelveMonthForecast, decimal.Parse(teamForecast.CellValue!.Text, CultureInfo.InvariantCulture));
        var forecasts = (WorksheetPart)part.GetPartById(sheets[0].Id!);
        var forecastRows = offline.Review.Reps.Count(r => r.State is not null) * MonthlyCalendar.MonthsCovered;
        Assert.True(forecasts.Worksheet.Descendants<Row>().Count() > forecastRows, "the forecasts of m and m−1");
    }

    private async Task<IReadOnlyList<JsonNode>> AskAsync(string command) =>
        [.. (await _host.SendAsync(_host.PersonalMessage(People.Olivia, command))).Where(r => r.Body.StartsWith('{')).Select(r => JsonNode.Parse(r.Body)!)];

    private async Task<Dictionary<string, Uri>> ExportLinksAsync(string command)
    {
        var links = new Dictionary<string, Uri>();
        foreach (var card in (await AskAsync(command)).Select(Replies.Card).OfType<JsonObject>())
        {
            foreach (var action in Replies.Elements(card).Where(e => (string?)e["type"] == "Action.OpenUrl"))
            {
                links[(string)action["title"]!] = new Uri((string)action["url"]!);
            }
        }

        Assert.NotEmpty(links);
        return links;
    }

    private async Task<byte[]> DownloadAsync(Uri link)
    {
        using var response = await _browser.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static void AssertTheMonthIsNonTrivial(YearMonth month, MonthlyReviewContent offline)
    {
        var reps = offline.Review.Reps.ToDictionary(r => r.Rep.Value);
        RepMonthlyReview Of(int rep) => reps[Reps[rep].AadObjectId];
        if (month == Months[0])
        {
            Assert.Equal(MonthlyForecastState.Late, Of(Late).State);
            Assert.Equal(MonthlyForecastState.OnTime, Of(Carried).State);
            Assert.Null(Of(0).Figures.Volatility); // a first month: no previous forecast
            return;
        }

        Assert.Equal(MonthlyForecastState.Carried, Of(Carried).State);
        Assert.Equal(month == Months[1] ? MonthlyForecastState.Late : MonthlyForecastState.Carried, Of(Late).State);
        Assert.Equal(month == Months[1], Of(Away).Away);
        Assert.All(Enumerable.Range(4, RepCount - 4), i => Assert.Equal(MonthlyForecastState.OnTime, Of(i).State));
        Assert.Contains(offline.Review.Reps, r => r.Figures.Volatility is > 0m);
        Assert.True(offline.Review.Compliance < 1m, $"compliance {offline.Review.Compliance}");
        Assert.NotEmpty(offline.TopLists.Closing.Concat(offline.TopLists.BestFew).Concat(offline.TopLists.BookedThisMonth));
        if (month == Months[2])
        {
            Assert.NotEmpty(offline.Stalled); // deals nine weeks in one stage, upsides slipping every week
        }
    }

    private async Task RunWeekAsync(ForecastWeek week, int index)
    {
        var sunday = week.Monday.AddDays(-1).ToDateTime(new TimeOnly(16, 0, 30));
        _host.Clock.SetUtcNow(new DateTimeOffset(sunday, TimeSpan.Zero));
        await TickAsync();
        await TickAsync();
        var month = MonthlyCalendar.MonthDueIn(week);

        _host.Clock.SetUtcNow(new DateTimeOffset(sunday.AddHours(2), TimeSpan.Zero));
        await InBatchesAsync(Enumerable.Range(0, RepCount).Where(i => i != Late), i => WeeklyAsync(i, week, index));
        if (month is { } due)
        {
            await InBatchesAsync(Enumerable.Range(0, RepCount).Where(i => i != Late && (i != Carried || due == Months[0])), i => MonthlyAsync(i, due));
        }

        // Monday 07:30, after the 07:00 deadline: the late rep answers.
        _host.Clock.SetUtcNow(new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(7, 30)), TimeSpan.Zero));
        await WeeklyAsync(Late, week, index);
        if (month is { } lateMonth && lateMonth != Months[2])
        {
            await MonthlyAsync(Late, lateMonth);
        }

        // Monday 08:00: the weekly summary and, in a due week, the monthly review.
        _host.Clock.SetUtcNow(new DateTimeOffset(week.Monday.ToDateTime(new TimeOnly(8, 0, 30)), TimeSpan.Zero));
        await TickAsync();
        await TickAsync();
        // Every rep's answer of the week is its snapshot of record: 19 on time or late, the away rep's skip in its weeks.
        var stored = await _host.Get<ISubmissionStore>().ListWeekAsync(CommandHost.Team, week, CancellationToken.None);
        Assert.Equal(RepCount, stored.Count(s => s.SubmittedAt is not null));
        Assert.Equal(week.ToString() is "2026-W51" or "2027-W01" ? 1 : 0, stored.Count(s => s.Status == SubmissionStatus.Skipped));
        Assert.True(stored.Single(s => s.Rep.Value == Reps[Late].AadObjectId).Late, $"{week}: the late rep's answer is late");
        if (month is { } posted)
        {
            Assert.Single(ReviewPosts(), r => r.Card.ToJsonString().Contains(JsonEncodedTitle("Monthly forecast review — " + MonthTitle(posted)), StringComparison.Ordinal));
        }
    }

    private async Task WeeklyAsync(int rep, ForecastWeek week, int index)
    {
        var card = LastCard(rep, "checkin.submit");
        if (rep == Away && week.ToString() is "2026-W51" or "2027-W01")
        {
            var skip = CheckInCardData.Inputs(card, "checkin.skip");
            skip["skip-reason"] = "customer workshop abroad";
            var skipped = await _host.InvokeAsync(_host.Invoke(Reps[rep], "checkin.skip", skip, inChannel: false));
            Assert.Equal("application/vnd.microsoft.card.adaptive", skipped["type"]?.GetValue<string>());
            return;
        }

        var data = CheckInCardData.Inputs(card, "checkin.submit");

        // Every other rep's upside slips two weeks each week (a repeated slip); a third of the pipelines move up a
        // stage every three weeks; the rest stay in their stage (days in stage grow).
        if (rep % 2 == 0)
        {
            data[$"deal-u{rep}-close"] = new DateOnly(2027, 2, 20).AddDays(14 * (index + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (rep % 3 == 0)
        {
            int[] stages = [25, 50, 60, 70];
            data[$"deal-p{rep}-stage"] = stages[Math.Min(index / 3, stages.Length - 1)].ToString(CultureInfo.InvariantCulture);
        }

        // The commit is at 90 %: with its checklist complete (odd reps) or, with gaps, as a soft commit saying why (even
        // reps) — a commit with gaps and no reason is refused by the card, and then nothing of the week would be stored.
        data[$"deal-c{rep}-amount"] = (50_000m + (rep * 1_000m) + (index * 250m)).ToString(CultureInfo.InvariantCulture);
        foreach (var flag in new[] { "cfg", "euc", "ptc", "disc", "ready" })
        {
            data[$"deal-c{rep}-{flag}"] = rep % 2 == 1 ? "true" : "false";
        }

        data[$"deal-c{rep}-reason"] = rep % 2 == 1 ? string.Empty : "Verbal yes from the buyer; paperwork in legal";
        var response = await _host.InvokeAsync(_host.Invoke(Reps[rep], "checkin.submit", data, inChannel: false));
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]?.GetValue<string>());
        var receipt = response["value"]!.ToJsonString();
        Assert.DoesNotContain("checkin-errors", receipt, StringComparison.Ordinal);
    }

    private async Task MonthlyAsync(int rep, YearMonth month)
    {
        var data = CheckInCardData.Inputs(LastCard(rep, "monthly.submit"), "monthly.submit");
        var m = Array.IndexOf(Months, month);
        for (var i = 0; i < MonthlyCalendar.MonthsCovered; i++)
        {
            // A plan that moves a little from month to month (volatility) and grows with the rep's number.
            var forecast = 20_000m + (rep * 1_000m) + (i * 500m) + (((rep + i + m) % 3) * 2_500m);
            data[MonthlyForecastInputs.Forecast(i)] = forecast.ToString(CultureInfo.InvariantCulture);
            data[MonthlyForecastInputs.Upside(i)] = i % 4 == 0 ? "5000" : string.Empty;
        }

        data[MonthlyForecastInputs.ActionPlan] = $"Rep {rep}: close C{rep} in {month}";
        var response = await _host.InvokeAsync(_host.Invoke(Reps[rep], "monthly.submit", data, inChannel: false));
        Assert.Contains($"Monthly forecast for {MonthTitle(month)} received", response["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task TickAsync()
    {
        await _host.Get<RunScheduleTick>().RunAsync(CancellationToken.None);
        var monthly = await _host.Get<RunMonthlyScheduleTick>().RunAsync(CancellationToken.None);
        Assert.Empty(monthly.TeamErrors);
        Assert.Equal(0, monthly.Actions.Errors);
    }

    private JsonObject LastCard(int rep, string verb)
    {
        var chat = "/conversations/a:personal-rep" + rep.ToString("D2", CultureInfo.InvariantCulture) + "/activities";
        var body = _host.Connector.Requests
            .Where(r => r.Method == "POST" && r.Path.Contains(chat, StringComparison.Ordinal) && r.Body.Contains(verb, StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!)
            .LastOrDefault() ?? throw new InvalidOperationException($"Rep {rep} got no card with {verb}.");
        return body["attachments"]![0]!["content"]!.AsObject();
    }

    private List<(string Path, JsonObject Card)> ReviewPosts() =>
        [.. _host.Connector.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains(CommandHost.ManagersChannel, StringComparison.Ordinal))
            .Select(r => (r.Path, JsonNode.Parse(r.Body)!))
            .Where(p => p.Item2.ToJsonString().Contains("Monthly forecast review", StringComparison.Ordinal))
            .Select(p => (p.Path, p.Item2["activity"]?["attachments"]?[0]?["content"]?.AsObject() ?? p.Item2["attachments"]![0]!["content"]!.AsObject()))];

    private static string MonthTitle(YearMonth month) =>
        new DateTime(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string JsonEncodedTitle(string title) => JsonValue.Create(title).ToJsonString()[1..^1];

    private static async Task InBatchesAsync(IEnumerable<int> reps, Func<int, Task> work) =>
        await Parallel.ForEachAsync(reps, new ParallelOptions { MaxDegreeOfParallelism = 5 }, async (i, _) => await work(i));
}
