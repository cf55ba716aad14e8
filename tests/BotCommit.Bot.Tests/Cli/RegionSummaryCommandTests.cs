using System.Text.Json.Nodes;
using BotCommit.Bot.Cli;

namespace BotCommit.Bot.Tests.Cli;

/// <summary>
/// <c>summary --region FILE.json</c>: a region's summary from its export, with hand-computed figures (a team of two reps,
/// each with a Commit of 100 this week; its manager called 150 with a note before the team's deadline; the region's own
/// call still open at the export's instant). The 60-rep round trip through the host is in
/// <c>RegionWeekThroughTheHostTests</c>.
/// </summary>
public sealed class RegionSummaryCommandTests : IDisposable
{
    private const string Export = """
        {"region":"org","week":"2026-W49","asOf":"2026-12-01T12:30:00+00:00",
         "tree":[
           {"id":"org","kind":"Region","name":"Org","parent":null,"managers":["vp"],"timeZone":null,"fiscalYearStartMonth":1,"currency":null,"monthTargets":{},"quarterTargets":{}},
           {"id":"t1","kind":"Team","name":"Team One","parent":"org","managers":["m1"],"timeZone":null,"fiscalYearStartMonth":null,"currency":null,"monthTargets":{},"quarterTargets":{}}],
         "teams":[{"team":"t1",
           "settings":{"timeZone":"UTC","fiscalYearStartMonth":1,"currency":"USD","deadline":"Monday 07:00","reps":[{"id":"ana","name":"Ana"},{"id":"bo","name":"Bo"}]},
           "submissions":"week,rep_id,rep_name,deal_id,account,deal_name,category,amount,close_date,stage,config_final,end_user_contract,partner_contract,discount_approved,partner_ready,unrealized,reason,submitted_at\n2026-W49,ana,Ana,d1,Acme,Routers,Commit,100,2026-12-02,90,true,true,true,true,true,false,,2026-11-29T18:00:00Z\n2026-W49,bo,Bo,d2,Globex,Switches,Commit,100,2026-12-03,90,true,true,true,true,true,false,,2026-11-29T18:00:00Z\n"}],
         "deadlines":{"t1":"2026-11-30T12:00:00+00:00","org":"2026-12-02T12:00:00+00:00"},
         "calls":[{"node":"t1","submitter":"m1","submittedAt":"2026-11-30T10:00:00+00:00","changes":[{"figure":"ThisWeekCommit","value":150,"note":"Globex slips"}],"moves":[]}],
         "history":[]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("botcommit-cli-region-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Region_Json_PrintsTheRegionSummary_WithTheCallAndItsNote()
    {
        var (exit, output, error) = await RunAsync("summary", "--region", Write("region.json", Export));

        Assert.True(exit == CommandLine.Success, error);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal("org", (string?)summary["region"]);
        var team = summary["children"]!.AsArray().Single()!;
        Assert.Equal("Called", (string?)team["state"]);
        Assert.Equal(200m, (decimal)team["rollUp"]!["thisWeekCommit"]!);
        Assert.Equal(150m, (decimal)team["call"]!["thisWeekCommit"]!);
        Assert.Equal(-50m, (decimal)team["judgement"]!["thisWeekCommit"]!);
        Assert.Equal("Pending", (string?)summary["line"]!["state"]);
        Assert.Equal(150m, (decimal)summary["line"]!["rollUp"]!["thisWeekCommit"]!); // the region rolls up its children's calls
        Assert.Contains("Globex slips", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Region_Csv_PrintsOneRowForTheRegionAndOnePerChild()
    {
        var (exit, output, error) = await RunAsync("summary", "--region", Write("region.json", Export), "--format", "csv");

        Assert.True(exit == CommandLine.Success, error);
        var lines = output.TrimEnd().Split("\r\n");
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("scope,node,name,kind,state,roll_up_this_week_commit,call_this_week_commit,judgement_this_week_commit,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("region,org,Org,Region,Pending,150,150,0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("child,t1,Team One,Team,Called,200,150,-50,", lines[2], StringComparison.Ordinal);
        Assert.Contains("ThisWeekCommit: Globex slips", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Region_BadExport_ExitsTwoNamingTheFile()
    {
        var path = Write("bad.json", Export.Replace("\"history\":[]", "\"histroy\":[]", StringComparison.Ordinal));

        var (exit, output, error) = await RunAsync("summary", "--region", path);

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Empty(output);
        Assert.StartsWith($"error: {path}: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--week", "2026-W49")]
    [InlineData("--format", "markdown")]
    public async Task Region_WithTeamOptionsOrMarkdown_IsAUsageError(string option, string value)
    {
        var (exit, output, error) = await RunAsync("summary", "--region", Write("region.json", Export), option, value);

        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Empty(output);
        Assert.Contains(option == "--week" ? "leave out --week" : "not one of json, csv for a region", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
