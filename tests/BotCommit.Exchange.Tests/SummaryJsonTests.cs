using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Exchange;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange.Tests;

/// <summary>2026-W47 (M = 2026-11-16, last week 11-09..11-15); deadline 06:00Z on M.</summary>
public class SummaryJsonTests
{
    private static readonly string[] Figures =
    [
        "lastWeekActual", "lastWeekCommit", "attainment", "thisWeekCommit", "thisWeekUpside", "linearity", "monthForecast",
        "monthUpside", "monthTarget", "quarterForecast", "quarterUpside", "quarterTarget", "pipelineCoverage", "commitQuality",
        "hiddenCommitCount", "hiddenCommitAmount", "unrealizedRatio",
    ];

    [Fact]
    public void Write_Summary_UsesExactlyTheFieldNamesOfDomainMd()
    {
        var summary = Compute(Input("r1", "Rita", "a Won 90 2026-11-12; b Commit 40 2026-11-18", "a Commit 100 2026-11-12"));

        var json = JsonNode.Parse(SummaryJson.Write(summary))!.AsObject();

        Assert.Equal(["week", "team", "reps", "movements"], json.Select(p => p.Key));
        Assert.Equal([.. Figures, "compliance"], json["team"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["repId", "repName", "submitted", "late", "carried", "away", .. Figures], json["reps"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["repId", "dealId", "kind", "from", "to", "amountDelta"], json["movements"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(Figures, SummaryJson.FigureNames);
        Assert.Equal("2026-W47", json["week"]!.GetValue<string>());
    }

    [Fact]
    public void Write_Numbers_AreDecimalsWrittenExactly()
    {
        var summary = Compute(
            Input("r1", "Rita", "a Won 200.50 2026-11-12; b Commit 125000.50 2026-11-18", "a Commit 300 2026-11-12"),
            Input("r2", "Sam", "c Commit 1 2026-11-18", "", submittedAt: "2026-11-16T06:00:01Z"),
            Input("r3", "Tom", "", ""));

        var team = JsonDocument.Parse(SummaryJson.Write(summary)).RootElement.GetProperty("team");

        Assert.Equal("200.50", team.GetProperty("lastWeekActual").GetRawText());
        Assert.Equal("125001.50", team.GetProperty("thisWeekCommit").GetRawText());
        Assert.Equal("0.6683333333333333333333333333", team.GetProperty("attainment").GetRawText()); // 200.50 / 300, unrounded
        Assert.Equal("0.6666666666666666666666666667", team.GetProperty("compliance").GetRawText()); // 2 on time of 3
        Assert.Equal(JsonValueKind.Null, team.GetProperty("linearity").ValueKind); // no month target
        Assert.Equal("0", team.GetProperty("unrealizedRatio").GetRawText()); // 0 unrealized of 200.50 won: zero, not absent
    }

    [Fact]
    public void Write_ZeroBasesAndMissingTargets_AreNullNotZero()
    {
        var summary = Compute(Input("r1", "Rita", "", ""));

        var rep = JsonDocument.Parse(SummaryJson.Write(summary)).RootElement.GetProperty("reps")[0];

        Assert.All(
            new[] { "attainment", "linearity", "monthTarget", "quarterTarget", "pipelineCoverage", "commitQuality", "unrealizedRatio" },
            name => Assert.Equal(JsonValueKind.Null, rep.GetProperty(name).ValueKind));
        Assert.Equal("0", rep.GetProperty("thisWeekCommit").GetRawText());
    }

    [Fact]
    public void Write_Reps_AreOrderedByNameThenId()
    {
        var summary = Compute(
            Input("r3", "bob", "", ""),
            Input("r2", "Ana", "", ""),
            Input("r5", "Émile", "", ""),
            Input("r4", "ana", "", ""),
            Input("r1", "Ana", "", ""));

        var reps = JsonNode.Parse(SummaryJson.Write(summary))!["reps"]!.AsArray();

        Assert.Equal(["r1", "r2", "r4", "r3", "r5"], reps.Select(r => r!["repId"]!.GetValue<string>()));
    }

    [Fact]
    public void Write_Movements_KeepTheCalculatorsOrderAndNameKinds()
    {
        var summary = Compute(
            Input("r1", "Rita", "a Won 100 2026-11-12; b Commit 500 2026-11-18", "a Commit 120 2026-11-12"),
            Input("r2", "Sam", "c Lost 300 2026-11-10", "c Commit 300 2026-11-10"));

        var movements = JsonNode.Parse(SummaryJson.Write(summary))!["movements"]!.AsArray();

        Assert.Equal(
            ["r1/b/NewInCommit/new/Commit/500", "r2/c/DroppedFromCommit/Commit/Lost/-300", "r2/c/Lost/Commit/Lost/-300", "r1/a/Won/Commit/Won/100", "r1/a/AmountDown/120/100/-20"],
            movements.Select(m => string.Join('/', m!["repId"], m["dealId"], m["kind"], m["from"], m["to"], m["amountDelta"]!.ToJsonString())));
    }

    [Fact]
    public void Write_RepFlags_ComeFromTheSnapshots()
    {
        var away = Given.Rep("r3", "Away") with { AwayUntil = new DateOnly(2026, 11, 20) };
        var summary = Compute(
            Input("r1", "Late", "", "", submittedAt: "2026-11-16T06:30:00Z"),
            new RepWeekInput(Given.Rep("r2", "Carried"), Given.Snapshot(Given.Week("2026-W47"), "", RepId.From("r2"), SubmissionStatus.CarriedForward), null),
            new RepWeekInput(away, null, null));

        var reps = JsonNode.Parse(SummaryJson.Write(summary))!["reps"]!.AsArray();

        Assert.Equal(
            ["Away:False,False,False,True", "Carried:False,False,True,False", "Late:True,True,False,False"],
            reps.Select(r => $"{r!["repName"]}:{r["submitted"]},{r["late"]},{r["carried"]},{r["away"]}".Replace("true", "True", StringComparison.Ordinal).Replace("false", "False", StringComparison.Ordinal)));
    }

    [Fact]
    public void WriteMarkdown_Summary_ShowsFiguresForPeopleAndEscapesNames()
    {
        var summary = Compute(
            Input("r1", "Rita | *Ops*", "a Won 90 2026-11-12; b Commit 1234.5 2026-11-18", "a Commit 100 2026-11-12"),
            Input("r2", "Sam", "", "", submittedAt: "2026-11-16T06:30:00Z"));

        var markdown = SummaryMarkdown.Write(summary);

        Assert.StartsWith("# Weekly summary 2026-W47\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Week of Monday 2026-11-16: week 3 of 5 in 2026-11, fiscal quarter from 2026-10.", markdown, StringComparison.Ordinal);
        Assert.Contains("Submitted on time: 1 of 2 (50.0 %).", markdown, StringComparison.Ordinal);
        Assert.Contains("| Figure | Team | Rita \\| \\*Ops\\* | Sam |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Status |  | on time | late |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Attainment | 90.0 % | 90.0 % | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("| This week commit | 1,234.50 | 1,234.50 | 0.00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Rita \\| \\*Ops\\* | b | NewInCommit | new | Commit | +1,234.50 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Rita \\| \\*Ops\\* | a | AmountDown | 100 | 90 | -10.00 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteMarkdown_NoMovementsAndAwayReps_SaysSo()
    {
        var away = Given.Rep("r2", "Sam") with { AwayUntil = new DateOnly(2026, 11, 22), AwayReason = "Vacation" };
        var summary = Compute(Input("r1", "Rita", "", ""), new RepWeekInput(away, null, null));

        var markdown = SummaryMarkdown.Write(summary);

        Assert.Contains("Away: Sam.", markdown, StringComparison.Ordinal);
        Assert.Contains("| Status |  | on time | no submission; away (Vacation) |", markdown, StringComparison.Ordinal);
        Assert.EndsWith("## Movements since last week\n\nNo movements.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteCsv_Summary_WritesTeamAndRepRowsForSpreadsheets()
    {
        var summary = Compute(
            Input("r1", "=Rita", "a Won 200 2026-11-12", "a Commit 300 2026-11-12"),
            Input("r2", "Sam, Jr.", "", "", submittedAt: "2026-11-16T06:30:00Z"));

        var lines = SummaryCsv.Write(summary).Split("\r\n");

        Assert.Equal(
            "scope,rep_id,rep_name,status,last_week_actual,last_week_commit,attainment,this_week_commit,this_week_upside,linearity,month_forecast,month_upside,month_target,quarter_forecast,quarter_upside,quarter_target,pipeline_coverage,commit_quality,hidden_commit_count,hidden_commit_amount,unrealized_ratio,compliance",
            lines[0]);
        Assert.Equal("team,,,,200,300,0.6667,0,0,,200,0,,200,0,,,,0,0,0,0.5", lines[1]);
        Assert.Equal("rep,r1,'=Rita,on time,200,300,0.6667,0,0,,200,0,,200,0,,,,0,0,0,", lines[2]);
        Assert.Equal("rep,r2,\"Sam, Jr.\",late,0,0,,0,0,,0,0,,0,0,,,,0,0,,", lines[3]);
        Assert.Equal(string.Empty, lines[4]);
    }

    private static WeeklySummary Compute(params RepWeekInput[] reps) =>
        WeeklySummaryCalculator.Compute(new SummaryInput(Given.Settings(), Given.Week("2026-W47"), new DateTimeOffset(2026, 11, 16, 6, 0, 0, TimeSpan.Zero), reps));

    private static RepWeekInput Input(string id, string name, string current, string previous, string submittedAt = "2026-11-15T18:00:00Z")
    {
        var rep = RepId.From(id);
        var week = Given.Week("2026-W47");
        return new RepWeekInput(
            Given.Rep(id, name),
            Given.Snapshot(week, current, rep, submittedAt: DateTimeOffset.Parse(submittedAt, System.Globalization.CultureInfo.InvariantCulture)),
            previous.Length == 0 ? null : Given.Snapshot(week.Previous, previous, rep));
    }
}
