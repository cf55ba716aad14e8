using BotCommit.Exchange.Workbook;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Monthly;

/// <summary>
/// A month's export as one .xlsx workbook, in the week export's style (<see cref="ExportWorkbook"/>): sheets
/// <c>Forecasts</c> (the monthly forecasts of record of m and of m−1, as the monthly forecasts CSV: one row per rep per
/// covered month), <c>Review</c> (the review's figures: the team row, then one row per rep, named as in the review JSON;
/// ratios are percentage cells holding the unrounded fraction), <c>Months</c> (the twelve chart months of the team and of
/// each rep: forecast, upside, target, open pipeline) and <c>Settings</c> (the team settings JSON, one row per value). The
/// funnel, TOP lists and stalled deals are in the review JSON; the exchange files stay what the offline review reads.
/// </summary>
public static class MonthlyWorkbook
{
    private static readonly string[] s_forecastColumns =
    [
        MonthlyForecastsCsv.MonthOfForecast, MonthlyForecastsCsv.RepIdColumn, MonthlyForecastsCsv.RepName, MonthlyForecastsCsv.Month,
        MonthlyForecastsCsv.Forecast, MonthlyForecastsCsv.Upside, MonthlyForecastsCsv.ActionPlan, MonthlyForecastsCsv.State,
        MonthlyForecastsCsv.SubmittedAt + " (UTC)",
    ];

    private static readonly (string Name, Func<MonthlyFigures, WorkbookCell> Cell)[] s_figures =
    [
        ("twelveMonthForecast", f => Amount(f.TwelveMonthForecast)),
        ("twelveMonthUpside", f => Amount(f.TwelveMonthUpside)),
        ("twelveMonthTarget", f => Amount(f.TwelveMonthTarget)),
        ("wonLastMonth", f => Amount(f.WonLastMonth)),
        ("lastMonthForecast", f => Amount(f.LastMonthForecast)),
        ("planAchievement", f => Percent(f.PlanAchievement)),
        ("volatility", f => Percent(f.Volatility)),
        ("openPipeline", f => Amount(f.OpenPipeline)),
        ("previousOpenPipeline", f => Amount(f.PreviousOpenPipeline)),
        ("pipelineGrowth", f => Percent(f.PipelineGrowth)),
        ("pipelineGrowthBand", f => Text(f.PipelineGrowthBand?.ToString())),
        ("previousTwelveMonthForecast", f => Amount(f.PreviousTwelveMonthForecast)),
        ("forecastGrowth", f => Percent(f.ForecastGrowth)),
        ("forecastGrowthBand", f => Text(f.ForecastGrowthBand?.ToString())),
        ("openPipelineTwelveMonths", f => Amount(f.OpenPipelineTwelveMonths)),
        ("pipelineCoverage", f => Percent(f.PipelineCoverage)),
        ("meanStage", f => Percent(f.MeanStage)),
        ("previousMeanStage", f => Percent(f.PreviousMeanStage)),
        ("shareAtFiftyOrMore", f => Percent(f.ShareAtFiftyOrMore)),
        ("previousShareAtFiftyOrMore", f => Percent(f.PreviousShareAtFiftyOrMore)),
    ];

    private static readonly string[] s_monthColumns = ["row", "repId", "repName", "month", "forecast", "upside", "target", "openPipeline"];

    /// <summary>The columns of the <c>Review</c> sheet, in order.</summary>
    public static IReadOnlyList<string> ReviewColumns { get; } =
    [
        "row", "repId", "repName", "state", "away", "submittedAt (UTC)", .. s_figures.Select(f => f.Name), "warnings", "actionPlan", "expected", "onTime", "compliance",
    ];

    /// <summary>Writes the workbook of <paramref name="content"/>'s month from the forecasts of record of m and m−1 and the settings JSON.</summary>
    public static void Write(
        Stream output,
        IEnumerable<MonthlyForecastOfRecord> forecasts,
        IEnumerable<MonthlyForecastOfRecord> previousForecasts,
        MonthlyReviewContent content,
        string settingsJson,
        IReadOnlyDictionary<RepId, string>? repNames = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(previousForecasts);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settingsJson);
        var review = content.Review;
        var reps = review.Reps
            .OrderBy(r => r.RepName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.RepName, StringComparer.Ordinal).ThenBy(r => r.Rep.Value, StringComparer.Ordinal)
            .ToList();
        List<IReadOnlyList<WorkbookCell>> reviewRows =
        [
            [
                new WorkbookCell.Text("team"), new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty(),
                .. s_figures.Select(f => f.Cell(review.TeamFigures)), Text(string.Join(' ', review.TeamWarnings)), new WorkbookCell.Empty(),
                new WorkbookCell.Number(review.ExpectedCount, Whole: true), new WorkbookCell.Number(review.OnTimeCount, Whole: true), Percent(review.Compliance),
            ],
            .. reps.Select(rep => (IReadOnlyList<WorkbookCell>)
            [
                new WorkbookCell.Text("rep"), new WorkbookCell.Text(rep.Rep.Value), new WorkbookCell.Text(rep.RepName), Text(rep.State?.ToString()),
                new WorkbookCell.Flag(rep.Away), rep.SubmittedAt is { } at ? new WorkbookCell.Instant(at) : new WorkbookCell.Empty(),
                .. s_figures.Select(f => f.Cell(rep.Figures)), Text(string.Join(' ', rep.Figures.Warnings)), Text(rep.ActionPlan),
                new WorkbookCell.Empty(), new WorkbookCell.Empty(), new WorkbookCell.Empty(),
            ]),
        ];
        List<IReadOnlyList<WorkbookCell>> monthRows =
        [
            .. MonthRows("team", null, null, review.TeamFigures),
            .. reps.SelectMany(rep => MonthRows("rep", rep.Rep.Value, rep.RepName, rep.Figures)),
        ];
        OpenXmlWorkbookWriter.Write(output,
        [
            new WorkbookSheet("Forecasts", s_forecastColumns, [.. forecasts.Concat(previousForecasts).SelectMany(f => ForecastRows(f, repNames))]),
            new WorkbookSheet("Review", ReviewColumns, reviewRows),
            new WorkbookSheet("Months", s_monthColumns, monthRows),
            new WorkbookSheet("Settings", ["setting", "value"], ExportWorkbook.SettingsRows(settingsJson)),
        ]);
    }

    private static IEnumerable<IReadOnlyList<WorkbookCell>> ForecastRows(MonthlyForecastOfRecord record, IReadOnlyDictionary<RepId, string>? repNames)
    {
        var f = record.Forecast;
        var name = repNames?.GetValueOrDefault(f.Rep) ?? f.RepName;
        return f.Lines.Select(line => (IReadOnlyList<WorkbookCell>)
        [
            new WorkbookCell.Text(f.Month.ToString()), new WorkbookCell.Text(f.Rep.Value), new WorkbookCell.Text(name), new WorkbookCell.Text(line.Month.ToString()),
            new WorkbookCell.Number(line.Forecast), new WorkbookCell.Number(line.Upside), Text(f.ActionPlan), new WorkbookCell.Text(MonthlyForecastsCsv.StateName(record.State)),
            f.SubmittedAt is { } at ? new WorkbookCell.Instant(at) : new WorkbookCell.Empty(),
        ]);
    }

    private static IEnumerable<IReadOnlyList<WorkbookCell>> MonthRows(string row, string? repId, string? repName, MonthlyFigures figures) =>
        figures.Months.Select(m => (IReadOnlyList<WorkbookCell>)
        [
            new WorkbookCell.Text(row), Text(repId), Text(repName), new WorkbookCell.Text(m.Month.ToString()),
            new WorkbookCell.Number(m.Forecast), new WorkbookCell.Number(m.Upside), Amount(m.Target), new WorkbookCell.Number(m.OpenPipeline),
        ]);

    private static WorkbookCell Amount(decimal? value) => value is { } amount ? new WorkbookCell.Number(amount) : new WorkbookCell.Empty();

    private static WorkbookCell Percent(decimal? value) => value is { } ratio ? new WorkbookCell.Percent(ratio) : new WorkbookCell.Empty();

    private static WorkbookCell Text(string? value) => value is { Length: > 0 } text ? new WorkbookCell.Text(text) : new WorkbookCell.Empty();
}
