using System.IO.Compression;
using BotCommit.Exchange.Monthly;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BotCommit.Exchange.Tests.Monthly;

/// <summary>A month's export: the offline bundle gives the review again by itself; the workbook holds its figures as numbers.</summary>
public class MonthlyExportBundleTests
{
    private static readonly TeamId Team = OfflineSummary.Team;
    private static readonly YearMonth December = YearMonth.Parse("2026-12");
    private static readonly RepId Ana = RepId.From("ana");

    private const string Settings = """
        {"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00",
         "monthTargets":{"2026-12":1000},
         "reps":[{"id":"ana","name":"Ana"},{"id":"ben","name":"Ben"}]}
        """;

    private static readonly MonthlyForecastOfRecord[] Forecasts =
    [
        new(GivenMonthly.Forecast("2026-12", "1000*12", Ana, actionPlan: "Close Acme") with { Team = Team, RepName = "Ana" }, MonthlyForecastState.OnTime),
    ];

    private static readonly MonthlyForecastOfRecord[] Previous =
    [
        new(GivenMonthly.Forecast("2026-11", "800*12", Ana) with { Team = Team, RepName = "Ana" }, MonthlyForecastState.Late),
    ];

    private static readonly Submission[] Snapshots =
    [
        Given.Snapshot(ForecastWeek.Parse("2026-W49"), "a1 Upside 2000 2026-12-10 s60; a2 Won 700 2026-11-20 s100", Ana) with { Team = Team },
        Given.Snapshot(ForecastWeek.Parse("2026-W50"), "a1 Commit 2000 2026-12-17 s90; a2 Won 700 2026-11-20 s100", Ana) with { Team = Team },
    ];

    [Fact]
    public void Bundle_WrittenThenRead_GivesTheSameReviewOffline()
    {
        var direct = Offline(
            [new ExchangeFile("f.csv", MonthlyForecastsCsv.ToText(Forecasts)), new ExchangeFile("p.csv", MonthlyForecastsCsv.ToText(Previous))],
            [new ExchangeFile("s.csv", SubmissionsCsv.ToText(Snapshots))]);
        var reviewJson = MonthlyReviewJson.Write(direct);
        using var zip = new MemoryStream();
        MonthlyExportBundle.Write(zip, December, MonthlyForecastsCsv.ToText(Forecasts), MonthlyForecastsCsv.ToText(Previous), SubmissionsCsv.ToText(Snapshots), Settings, reviewJson);

        zip.Position = 0;
        var (files, problem) = MonthlyExportBundle.Read(zip);

        Assert.True(files is not null, problem);
        Assert.Equal(December, files.Month);
        Assert.Equal("botcommit-2026-12-forecasts-2026-11.csv", files.Forecasts[1].Name);
        Assert.Equal(reviewJson, files.Review?.Text);
        Assert.Equal(reviewJson, MonthlyReviewJson.Write(Offline(files.Forecasts, files.Submissions, files.Settings.Text)));
        Assert.Equal(0.875m, direct.Review.Reps.Single(r => r.Rep == Ana).Figures.PlanAchievement); // 700 of November's 800 booked
    }

    [Fact]
    public void Read_NotABundle_SaysWhy()
    {
        using var other = new MemoryStream();
        using (var zip = new ZipArchive(other, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("notes.txt");
        }

        other.Position = 0;
        var (files, problem) = MonthlyExportBundle.Read(other);
        var (garbage, why) = MonthlyExportBundle.Read(new MemoryStream("not a zip"u8.ToArray()));

        Assert.Null(files);
        Assert.Contains("not a month's export bundle", problem, StringComparison.Ordinal);
        Assert.Null(garbage);
        Assert.Contains("not a readable .zip", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_HoldsTheForecastsAndTheFiguresAsNumbers()
    {
        var content = Offline(
            [new ExchangeFile("f.csv", MonthlyForecastsCsv.ToText(Forecasts.Concat(Previous)))],
            [new ExchangeFile("s.csv", SubmissionsCsv.ToText(Snapshots))]);
        using var stream = new MemoryStream();

        MonthlyWorkbook.Write(stream, Forecasts, Previous, content, Settings);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Forecasts", "Review", "Months", "Settings"], sheets.Select(s => s.Name!.Value!));
        var forecasts = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 24, forecasts.Count); // header + 12 months of December's forecast + 12 of November's
        var review = ((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 1 + 2, review.Count); // header, team, Ana and Ben
        var column = MonthlyWorkbook.ReviewColumns.ToList().IndexOf("twelveMonthForecast");
        var team = review[1].Elements<Cell>().Single(c => c.CellReference?.Value == Workbook.OpenXmlWorkbookWriter.Reference(column, 2));
        Assert.Null(team.DataType); // a number cell
        Assert.Equal(12_000m, decimal.Parse(team.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(((WorksheetPart)part.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Pane>().SingleOrDefault()); // frozen header
    }

    private static MonthlyReviewContent Offline(IReadOnlyList<ExchangeFile> forecasts, IReadOnlyList<ExchangeFile> submissions, string settings = Settings)
    {
        var result = OfflineMonthlyReview.Compute(forecasts, submissions, settings, December);
        Assert.True(result.Succeeded, string.Join("\n", result.CsvErrors.Select(e => e.ToString()).Concat(result.SettingsErrors.Select(e => e.ToString()))));
        return result.Content!;
    }
}
