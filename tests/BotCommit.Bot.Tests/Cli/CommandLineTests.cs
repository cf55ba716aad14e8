using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Bot.Cli;

namespace BotCommit.Bot.Tests.Cli;

/// <summary>The host's command line, run in-process with string writers; files go to a temporary folder per test.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Header =
        "week,rep_id,rep_name,deal_id,account,deal_name,category,amount,close_date,stage,config_final,end_user_contract,partner_contract,discount_approved,partner_ready,unrealized,reason,submitted_at";

    private const string Settings = """
        {"timeZone":"Europe/Berlin","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana","name":"Ana"}]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("botcommit-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(true, "summary", "--week", "2026-W49")]
    [InlineData(true, "--help")]
    [InlineData(true, "help")]
    [InlineData(true, "summry")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:3978")]
    [InlineData(false, "--environment=Development")]
    [InlineData(false, "Logging:LogLevel:Default=Debug")]
    [InlineData(false, "/contentRoot", "x")]
    public void IsCommand_Arguments_TellsCommandsFromHostSettings(bool expected, params string[] args)
    {
        Assert.Equal(expected, CommandLine.IsCommand(args));
    }

    [Fact]
    public async Task RunAsync_SummaryOfAGoldenScenario_PrintsTheExpectedJson()
    {
        var scenario = GoldenScenario("week-spans-two-months");

        var (exit, output, error) = await RunAsync(
            "summary", "--submissions", Path.Combine(scenario, "submissions.csv"), "--settings", Path.Combine(scenario, "settings.json"), "--week", "2026-W49", "--format", "json");

        Assert.True(exit == CommandLine.Success, error);
        Assert.Empty(error);
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(scenario, "expected.json")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(output)), output);
    }

    [Theory]
    [InlineData("markdown", "# Weekly summary 2026-W47\n")]
    [InlineData("csv", "scope,rep_id,rep_name,status,")]
    [InlineData("json", "{\n  \"week\": \"2026-W47\",")]
    public async Task RunAsync_Format_PrintsTheRequestedRendering(string format, string expectedStart)
    {
        var csv = Write("s.csv", Header + "\n2026-W47,ana,Ana,d1,Acme,Routers,Commit,100,2026-11-18,90,false,false,false,false,false,false,,2026-11-15T18:00:00Z\n");
        var json = Write("t.json", Settings);

        var (exit, output, error) = await RunAsync("summary", $"--submissions={csv}", $"--settings={json}", "--week=2026-W47", "--format", format);

        Assert.True(exit == CommandLine.Success, error);
        Assert.StartsWith(expectedStart, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadCsv_ExitsTwoNamingFileLineAndColumn()
    {
        var csv = Write("bad.csv", Header + "\n2026-W47,ana,Ana,d1,Acme,Routers,Commit,\"1,000.00\",2026-11-18,90,false,false,false,false,false,false,,\n"
            + "2026-W47,ana,Ana,d2,Acme,Routers,Maybe,1,2026-11-18,90,false,false,false,false,false,false,,\n");
        var json = Write("t.json", Settings);

        var (exit, output, error) = await RunAsync("summary", "--submissions", csv, "--settings", json, "--week", "2026-W47");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Empty(output);
        Assert.Equal(
            $"error: {csv}: line 2, column 8 (amount): \"1,000.00\" is not an invariant decimal like 1000.00\n"
            + $"error: {csv}: line 3, column 7 (category): \"Maybe\" is not a category; expected one of Commit, Upside, Pipeline, Won, Lost\n",
            error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("malformed", "{\"timeZone\": \n", "line 2, column 1: invalid JSON")]
    [InlineData("bad value", """{"timeZone":"Europe/Berlin","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 7am","reps":[]}""", "$.deadline: \"Monday 7am\" is not a weekly time")]
    public async Task RunAsync_BadSettings_ExitsTwoNamingFileAndPlace(string row, string settings, string expected)
    {
        var csv = Write("s.csv", Header + "\n");
        var json = Write("bad.json", settings);

        var (exit, _, error) = await RunAsync("summary", "--submissions", csv, "--settings", json, "--week", "2026-W47");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.True(error.StartsWith($"error: {json}: {expected}", StringComparison.Ordinal), row + ": " + error);
    }

    [Theory]
    [InlineData("missing settings", "error: missing --settings", "summary", "--submissions", "x.csv", "--week", "2026-W47")]
    [InlineData("missing everything", "error: missing --submissions, --settings, --week", "summary")]
    [InlineData("bad week", "error: --week: \"2026-49\" is not an ISO week such as 2026-W49", "summary", "--submissions", "a", "--settings", "b", "--week", "2026-49")]
    [InlineData("bad format", "error: --format: \"pdf\" is not one of json, csv, markdown", "summary", "--submissions", "a", "--settings", "b", "--week", "2026-W47", "--format", "pdf")]
    [InlineData("unknown option", "error: unknown option --weeks", "summary", "--weeks", "2026-W47")]
    [InlineData("option without value", "error: option --week needs a value", "summary", "--week")]
    [InlineData("repeated option", "error: option --week is given twice", "summary", "--week", "2026-W47", "--week", "2026-W48")]
    [InlineData("positional argument", "error: unexpected argument \"file.csv\"", "summary", "file.csv")]
    public async Task RunAsync_BadArguments_ExitsTwoWithTheProblemAndUsage(string row, string expected, params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Empty(output);
        Assert.True(error.StartsWith(expected + Environment.NewLine, StringComparison.Ordinal), row + ": " + error);
        Assert.Contains("Usage: BotCommit.Bot summary --submissions FILE.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwoNamingTheFile()
    {
        var missing = Path.Combine(_folder, "nope.csv");
        var json = Write("t.json", Settings);

        var (exit, _, error) = await RunAsync("summary", "--submissions", missing, "--settings", json, "--week", "2026-W47");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Equal($"error: {missing}: cannot read the file: file not found (looked for {missing})", error.TrimEnd());
    }

    [Fact]
    public void ResolvePath_RelativePathOnlyInTheShellsFolder_IsFoundThere()
    {
        Write("only-here.csv", Header);

        var resolved = SummaryCommand.ResolvePath("only-here.csv", _folder);

        Assert.Equal(Path.Combine(_folder, "only-here.csv"), resolved);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/dir")]
    public void ResolvePath_NoUsableShellFolder_StaysUnderTheCurrentDirectory(string? shellDirectory)
    {
        var resolved = SummaryCommand.ResolvePath("missing-file.csv", shellDirectory);

        Assert.Equal(Path.GetFullPath("missing-file.csv"), resolved);
    }

    [Fact]
    public async Task RunAsync_FileNotUtf8_ExitsTwoInsteadOfGuessing()
    {
        var csv = Path.Combine(_folder, "latin1.csv");
        await File.WriteAllBytesAsync(csv, [.. System.Text.Encoding.ASCII.GetBytes(Header + "\n2026-W47,ana,Jos"), 0xE9, (byte)'\n']);
        var json = Write("t.json", Settings);

        var (exit, _, error) = await RunAsync("summary", "--submissions", csv, "--settings", json, "--week", "2026-W47");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.StartsWith($"error: {csv}: not valid UTF-8 text", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task RunAsync_Help_ListsTheCommandsAndExitsZero(string help)
    {
        var (exit, output, error) = await RunAsync(help);

        Assert.Equal(CommandLine.Success, exit);
        Assert.Empty(error);
        Assert.Contains("  summary     Recompute a week's summary offline", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CommandHelp_PrintsTheCommandsUsage()
    {
        var (exit, output, _) = await RunAsync("summary", "--help");

        Assert.Equal(CommandLine.Success, exit);
        Assert.StartsWith("Usage: BotCommit.Bot summary --submissions FILE.csv --settings FILE.json --week 2026-W49", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsTwoWithTheCommandList()
    {
        var (exit, _, error) = await RunAsync("summry");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.StartsWith("error: unknown command \"summry\"", error, StringComparison.Ordinal);
        Assert.Contains("summary", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MonthlyReview_FromTheExportedFiles_PrintsTheReviewJson()
    {
        var forecasts = Write("forecasts.csv", MonthlyForecasts(",1000,250,"));
        var week = Write("w45.csv", Header + ",status\r\n2026-W45,ana,Ana,a1,Acme,Renewal,Commit,2000,2026-11-20,90,true,true,true,true,true,false,,2026-11-01T18:00:00Z,submitted\r\n");
        var settings = Write("settings.json", Settings);

        var (exit, output, error) = await RunAsync("monthly-review", "--forecasts", forecasts, "--submissions", week, "--settings", settings, "--month", "2026-11", "--top", "5");

        Assert.True(exit == CommandLine.Success, error);
        var review = JsonNode.Parse(output)!;
        Assert.Equal("2026-11", review["month"]!.GetValue<string>());
        Assert.Equal(12_000m, review["team"]!["twelveMonthForecast"]!.GetValue<decimal>());
        Assert.Equal(2_000m, review["reps"]![0]!["openPipeline"]!.GetValue<decimal>());
        Assert.Equal("a1", review["topLists"]!["closing"]![0]!["dealId"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_MonthlyReview_BadCell_NamesTheFileLineAndColumn()
    {
        var forecasts = Write("forecasts.csv", MonthlyForecasts(",1000,250,").Replace("2026-12,1000,", "2026-12,1.000,", StringComparison.Ordinal));
        var settings = Write("settings.json", Settings);

        var (exit, _, error) = await RunAsync("monthly-review", "--forecasts", forecasts, "--submissions", forecasts.Replace("forecasts", "nowhere", StringComparison.Ordinal), "--settings", settings, "--month", "2026-11");
        var (badExit, _, badError) = await RunAsync("monthly-review", "--forecasts", forecasts, "--submissions", Write("w.csv", Header + ",status\r\n"), "--settings", settings, "--month", "2026-11");

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Contains("nowhere.csv: cannot read the file", error, StringComparison.Ordinal);
        Assert.Equal(CommandLine.InvalidInput, badExit);
        Assert.Contains("forecasts.csv: line 3, column 5 (forecast): \"1.000\" is not an amount", badError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MonthlyReview_FromTheBundle_PrintsWhatTheFilesGive()
    {
        var forecastsText = MonthlyForecasts(",1000,250,");
        var weekText = Header + ",status\r\n2026-W45,ana,Ana,a1,Acme,Renewal,Commit,2000,2026-11-20,90,true,true,true,true,true,false,,2026-11-01T18:00:00Z,submitted\r\n";
        var (_, fromFiles, _) = await RunAsync(
            "monthly-review", "--forecasts", Write("forecasts.csv", forecastsText), "--submissions", Write("w45.csv", weekText), "--settings", Write("settings.json", Settings), "--month", "2026-11");
        var bundle = Path.Combine(_folder, "botcommit-2026-11-offline.zip");
        await using (var zip = File.Create(bundle))
        {
            BotCommit.Exchange.Monthly.MonthlyExportBundle.Write(
                zip, BotCommit.Forecasting.Periods.YearMonth.Parse("2026-11"), forecastsText, BotCommit.Exchange.Monthly.MonthlyForecastsCsv.ToText([]), weekText, Settings, fromFiles);
        }

        var (exit, output, error) = await RunAsync("monthly-review", "--bundle", bundle);
        var (mixedExit, _, mixedError) = await RunAsync("monthly-review", "--bundle", bundle, "--month", "2026-11");
        var (notZipExit, _, notZipError) = await RunAsync("monthly-review", "--bundle", Write("plain.zip", "not a zip"));

        Assert.True(exit == CommandLine.Success, error);
        Assert.Equal(fromFiles, output);
        Assert.Equal(CommandLine.InvalidInput, mixedExit);
        Assert.Contains("--bundle holds the files and the month: leave out --month", mixedError, StringComparison.Ordinal);
        Assert.Equal(CommandLine.InvalidInput, notZipExit);
        Assert.Contains("plain.zip: not a readable .zip archive", notZipError, StringComparison.Ordinal);
    }

    private static string MonthlyForecasts(string amounts) =>
        "month_of_forecast,rep_id,rep_name,month,forecast,upside,action_plan,state,submitted_at\r\n"
        + string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"2026-11,ana,Ana,{new DateOnly(2026, 11, 1).AddMonths(i):yyyy-MM}{amounts}Grow,on_time,2026-11-01T18:00:00Z\r\n"));

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await CommandLine.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A golden scenario of the Exchange tests, found from the repository root (the folder with BotCommit.sln).</summary>
    private static string GoldenScenario(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BotCommit.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "BotCommit.Exchange.Tests", "Golden", name);
            }
        }

        throw new DirectoryNotFoundException("BotCommit.sln not found above " + AppContext.BaseDirectory);
    }
}
