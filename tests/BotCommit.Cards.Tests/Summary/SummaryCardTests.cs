using BotCommit.Testing.Golden;
using System.Globalization;
using BotCommit.Cards.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Summary;

public class SummaryCardTests
{
    [Fact]
    public void Build_ThreeReps_MatchesGolden()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        GoldenFile.AssertMatches("Summary/Golden/summary-3-reps.json", card);
    }

    [Fact]
    public void Build_Always_DeclaresVersion15FullWidthAndAFallbackText()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]!["width"]);
        Assert.Equal("Weekly commit summary 2026-W51", (string?)card["fallbackText"]);
    }

    [Theory]
    [InlineData(false, "Weekly commit summary 2026-W51")]
    [InlineData(true, "Weekly commit summary 2026-W51 (late)")]
    public void Build_PostedAfterTheCall_MarksTheTitleLate(bool late, string title)
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(late), CardLocale.English).ToJson();

        Assert.Equal(title, CardJson.Texts(card)[0]);
    }

    [Fact]
    public void Build_ThreeReps_ShowsTheDomainsTeamFiguresWithBands()
    {
        var model = SummaryScenario.ThreeReps();
        var team = model.Summary.TeamFigures;

        var card = SummaryCard.Build(model, CardLocale.English).ToJson();

        // Last week: Alex committed 100,000 and booked it, Bea committed 50,000 and booked 20,000.
        Assert.Equal(150_000m, team.LastWeekCommit);
        Assert.Equal(120_000m, team.LastWeekActual);
        Assert.Equal("120,000", CardJson.Fact(card, "Last week actual"));
        Assert.Equal("150,000", CardJson.Fact(card, "Last week commit"));
        // Flagged figures appear once: in their ⚠ line, not again in the list.
        Assert.DoesNotContain(CardJson.Facts(card), f => f.Title is "Attainment" or "Submission compliance");
        var texts = CardJson.Texts(card);
        Assert.Single(texts, t => t.Contains("80.0 %", StringComparison.Ordinal));
        Assert.Contains("⚠ Attainment: 80.0 % (healthy: 95–110 %)", texts);
    }

    [Theory]
    [InlineData("0.94996", "94.996 %")] // flagged below 95 %: one decimal would read "95.0 %"
    [InlineData("0.9496", "94.96 %")]
    [InlineData("0.949", "94.9 %")]
    [InlineData("0.95", "95.0 %")] // at the band: not flagged
    [InlineData("1.10004", "110.004 %")] // flagged above 110 %: one decimal would read "110.0 %"
    [InlineData("1.1", "110.0 %")]
    public void JudgedPercent_AFlaggedValueNeverReadsAsInsideTheBand(string ratio, string shown)
    {
        var value = decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(shown, SummaryDisplay.JudgedPercent(CardLocale.English, value, SummaryBands.IsAttainmentOutside));
    }

    [Fact]
    public void Build_FigureOutsideItsBand_GetsAnAttentionLineWithTheWarningSign()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        var flagged = CardJson.TextBlocks(card).Where(t => (string?)t["color"] == "Attention" && ((string)t["text"]!).StartsWith('⚠')).Select(t => (string)t["text"]!).ToList();
        Assert.Contains("⚠ Attainment: 80.0 % (healthy: 95–110 %)", flagged);
        Assert.Contains(flagged, t => t.StartsWith("⚠ Submission compliance: 1 of 3", StringComparison.Ordinal));
        Assert.DoesNotContain(flagged, t => t.StartsWith("⚠ Last week", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AbsentRatios_AreWordsNeverZeroOrInfinity()
    {
        var figures = new SummaryFigures { QuarterTarget = 500_000m, WonInQuarter = 600_000m };
        var summary = new WeeklySummary(SummaryScenario.Team, Forecasting.Periods.ReviewPeriod.For(SummaryScenario.Week, 1), figures, []);

        var card = SummaryCard.Build(new SummaryCardModel(summary, "USD"), CardLocale.English).ToJson();

        Assert.Equal("no commit · healthy: 95–110 %", CardJson.Fact(card, "Attainment"));
        Assert.Equal("no target · healthy: ≥ 95 %", CardJson.Fact(card, "Linearity"));
        Assert.Equal("target met · healthy: ≥ 150 %", CardJson.Fact(card, "Pipeline coverage"));
        Assert.Equal("no commit · healthy: 100 %", CardJson.Fact(card, "Commit quality"));
        Assert.Equal("nothing won yet · healthy: < 5 %", CardJson.Fact(card, "Unrealized orders"));
        Assert.Equal("nobody expected · healthy: 100 %", CardJson.Fact(card, "Submission compliance"));
        Assert.DoesNotContain(CardJson.Readable(card), t => t.Contains("0.0 %", StringComparison.Ordinal) || t.Contains('∞', StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NamesWithMarkdownAndHtml_AreEscapedEverywhereTheyAreRead()
    {
        var inputs = SummaryScenario.ThreeRepInputs();
        var hostileName = "Eve <b>Boss</b> [x](http://evil.example) *star*";
        var rep = new Rep(SummaryScenario.Team, RepId.From("aad-eve"), hostileName);
        var deal = SummaryScenario.Deal("H-1", "<i>Acme</i> & [Co](http://evil.example)", "**Big** _deal_", ForecastCategory.Commit, 70_000m, "2026-12-15", 60, CommitChecklist.None)
            with { Reason = "<script>alert(1)</script> [go](http://evil.example)" };
        var last = SummaryScenario.Snapshot(rep.Id, SummaryScenario.Week.Previous, hostileName, SummaryScenario.Deadline.AddDays(-8),
            deal with { Category = ForecastCategory.Upside, Amount = 10_000m });
        var current = SummaryScenario.Snapshot(rep.Id, SummaryScenario.Week, hostileName, SummaryScenario.Deadline.AddHours(-2), deal);
        inputs.Add(new RepWeekInput(rep, current, last));

        var card = SummaryCard.Build(SummaryScenario.Model(inputs, late: false), CardLocale.English).ToJson();

        var readable = CardJson.Readable(card);
        Assert.DoesNotContain(readable, t => t.Contains("<b>", StringComparison.Ordinal) || t.Contains("<script>", StringComparison.Ordinal) || t.Contains("<i>", StringComparison.Ordinal));
        Assert.DoesNotContain(readable, t => t.Contains("](http", StringComparison.Ordinal));
        Assert.Contains(readable, t => t.Contains(@"Eve &lt;b&gt;Boss&lt;/b&gt; \[x\]\(", StringComparison.Ordinal));
        Assert.Contains(readable, t => t.Contains(@"&lt;i&gt;Acme&lt;/i&gt; &amp; \[Co\]", StringComparison.Ordinal));
        Assert.Contains(readable, t => t.Contains(@"\*\*Big\*\* \_deal\_", StringComparison.Ordinal));
        Assert.Contains(readable, t => t.Contains("reason: &lt;script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Chart_IsAGroupedBarChartWithAFactSetFallbackCarryingTheSameNumbers()
    {
        var model = SummaryScenario.ThreeReps();

        var card = SummaryCard.Build(model, CardLocale.English).ToJson();

        var chart = Assert.Single(CardClient.OfType(card, "Chart.VerticalBar.Grouped"));
        var fallback = chart["fallback"]!.AsObject();
        Assert.Equal("FactSet", (string?)fallback["type"]);
        var series = chart["data"]!.AsArray();
        Assert.Equal(["Commit", "Actual"], series.Select(s => (string)s!["legend"]!));
        var facts = fallback["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!)).ToList();
        var commits = series[0]!["values"]!.AsArray();
        var actuals = series[1]!["values"]!.AsArray();
        Assert.Equal(facts.Count, commits.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            var rep = model.Summary.Reps.Single(r => r.RepName == (string)commits[i]!["x"]!);
            Assert.Equal(rep.Figures.LastWeekCommit, (decimal)commits[i]!["y"]!);
            Assert.Equal(rep.Figures.LastWeekActual, (decimal)actuals[i]!["y"]!);
            Assert.Equal(rep.RepName, facts[i].Item1);
            Assert.Equal(string.Create(EnUs, $"commit {rep.Figures.LastWeekCommit:N0} · actual {rep.Figures.LastWeekActual:N0}"), facts[i].Item2);
        }
    }

    [Fact]
    public void Build_ThreeReps_ListsLateCarriedAndAwayRepsByName()
    {
        var inputs = SummaryScenario.ThreeRepInputs();
        inputs.Add(new RepWeekInput(
            new Rep(SummaryScenario.Team, RepId.From("aad-dana"), "Dana Lee") { AwayUntil = new DateOnly(2026, 12, 20), AwayReason = "Parental leave" }, null, null));
        inputs.Add(new RepWeekInput(new Rep(SummaryScenario.Team, RepId.From("aad-finn"), "Finn New"), null, null));

        var card = SummaryCard.Build(SummaryScenario.Model(inputs, late: false), CardLocale.English).ToJson();

        var texts = CardJson.Texts(card);
        Assert.Contains("Missing (1): Finn New", texts);
        Assert.Contains("Not submitted, carried forward and not confirmed (1): Chris Green", texts);
        Assert.Contains("Submitted late (1): Bea Müller", texts);
        Assert.Contains("Away (1): Dana Lee (Parental leave)", texts);
    }

    [Fact]
    public void Build_ThreeReps_ListsSoftCommitsWithTheReasonAndHiddenCommits()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        var facts = CardJson.Facts(card);
        Assert.Contains(("**Fabrikam** · Cloud migration", "Alex Wilber · 80,000 · 70 % · checklist 3/5 · reason: Customer confirmed by phone; PO expected Wednesday"), facts);
        Assert.Contains(("**Northwind Traders** · Support renewal", "Alex Wilber · 60,000 · 90 % · closes 2026-12-22"), facts);
    }

    [Fact]
    public void Build_ManyMovements_ShowsTheTenLargestFirstAndCountsTheRest()
    {
        var model = SummaryScenario.LargeTeam(12);

        var card = SummaryCard.Build(model, CardLocale.English).ToJson();

        var header = CardJson.TextBlocks(card).FindIndex(t => (string)t["text"]! == "Largest deal movements since last week");
        Assert.True(header >= 0);
        var movements = model.Summary.Movements;
        var factSets = CardClient.OfType(card, "FactSet").ToList();
        var listed = factSets.Single(f => f["facts"]!.AsArray().Count == SummaryCard.MaxMovements
            && ((string)f["facts"]![0]!["value"]!).Contains(MovementAmount(movements[0].AmountDelta), StringComparison.Ordinal));
        Assert.Equal(SummaryCard.MaxMovements, listed["facts"]!.AsArray().Count);
        Assert.Contains($"{movements.Count - SummaryCard.MaxMovements} more in the rep replies below.", CardJson.Texts(card));
    }

    [Fact]
    public void Build_ThirtyRepsWithLongNames_StaysWithin40KbAndShowsEveryRep()
    {
        var model = SummaryScenario.LargeTeam(30, nameLength: 120);

        var card = SummaryCard.Build(model, CardLocale.English).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= CardSize.TargetActivityBytes, $"{CardSize.Utf16Bytes(card)} bytes");
        Assert.Equal(1 + 30, CardJson.TableRows(card, SummaryCard.RepTableId).Count);
        Assert.DoesNotContain(CardJson.Texts(card), t => t.Contains("more reps in the thread", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(600)]
    public void Build_LargeTeam_CutsTheRepTableToStayUnderTheLimitsAndSaysHowManyFollow(int reps)
    {
        var model = SummaryScenario.LargeTeam(reps, nameLength: 200);

        var card = SummaryCard.Build(model, CardLocale.English).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= SummaryCard.MaxCardBytes, $"{CardSize.Utf16Bytes(card)} bytes");
        Assert.True(CardSize.Utf16Bytes(card) <= CardSize.MaxActivityBytes);
        var shown = CardJson.TableRows(card, SummaryCard.RepTableId).Count - 1;
        Assert.InRange(shown, 1, reps - 1);
        Assert.Contains($"{reps - shown} more reps in the thread: every rep has a reply below.", CardJson.Texts(card));
    }

    [Fact]
    public void Build_RepTable_HasOneColumnSetRowPerRepInNameOrderWithTheirState()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        var rows = CardJson.TableRows(card, SummaryCard.RepTableId);
        Assert.Equal(["Rep", "Commit this week", "Last week's attainment"], rows[0]);
        Assert.Equal(["Alex Wilber", "80,000", "100.0 %"], rows[1]);
        Assert.Equal(["Bea Müller (late)", "120,000", "40.0 %"], rows[2]);
        Assert.Equal(["Chris Green (carried)", "0", "no commit"], rows[3]); // under "Last week's attainment"
    }

    [Fact]
    public void Build_Formulas_SitInACollapsedContainerOpenedByAToggle()
    {
        var card = SummaryCard.Build(SummaryScenario.ThreeReps(), CardLocale.English).ToJson();

        var toggle = Assert.Single(CardClient.OfType(card, "Action.ToggleVisibility"));
        Assert.Equal([SummaryCard.FormulasId], toggle["targetElements"]!.AsArray().Select(t => (string)t!));
        var formulas = CardJson.ById(card, SummaryCard.FormulasId);
        Assert.False((bool)formulas["isVisible"]!);
        var lines = Assert.Single(CardJson.Texts(formulas)).Split("\n\n");
        Assert.Contains(lines, l => l.StartsWith("Attainment = last week actual ÷ last week commit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("week k = 2 of n = 4", StringComparison.Ordinal));
    }

    [Fact]
    public void OrderedReps_Always_SortsByNameThenId()
    {
        var model = SummaryScenario.ThreeReps();

        var ordered = model.Summary.RepsByName;

        Assert.Equal(["Alex Wilber", "Bea Müller", "Chris Green"], ordered.Select(r => r.RepName));
    }

    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    private static string MovementAmount(decimal delta) => (delta < 0 ? "\u2212" : "+") + Math.Abs(delta).ToString("N0", EnUs);
}
