using BotCommit.Testing.Golden;
using BotCommit.Cards.Summary;
using BotCommit.Forecasting.Metrics;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.Summary;

public class RepDetailCardTests
{
    [Fact]
    public void Build_Alex_MatchesGolden()
    {
        var model = SummaryScenario.ThreeReps();
        var alex = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Alex);

        var card = RepDetailCard.Build(model.DetailFor(alex, History(1.0m, 0.9m, 1.05m, 1.0m, 0.98m)), CardLocale.English).ToJson();

        GoldenFile.AssertMatches("Summary/Golden/rep-detail-alex.json", card);
    }

    [Fact]
    public void Build_Bea_ShowsLateStateHerFlaggedAttainmentAndOnlyHerMovements()
    {
        var model = SummaryScenario.ThreeReps();
        var bea = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Bea);

        var card = RepDetailCard.Build(model.DetailFor(bea, null), CardLocale.English).ToJson();

        var texts = CardJson.Texts(card);
        Assert.Equal("Bea Müller · week 2026-W51", texts[0]);
        Assert.Equal("Submitted after the deadline.", texts[1]);
        Assert.Contains("⚠ Attainment: 40.0 % (healthy: 95–110 %)", texts);
        var movementTitles = CardJson.Facts(card).Select(f => f.Title).Distinct().ToList();
        Assert.Contains("**Tailspin Toys** · Licences", movementTitles);
        Assert.Contains("**Litware** · Security suite", movementTitles);
        Assert.DoesNotContain(movementTitles, t => t.Contains("Contoso", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Forecast accuracy", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_RevisionsAfterTheDeadline_AreShownBesideTheRecordAndSaidNotToCount()
    {
        var model = SummaryScenario.ThreeReps();
        var alex = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Alex);
        var week = model.Summary.Period.Week.Previous;
        var revision = new BotCommit.Forecasting.Submissions.Submission(SummaryScenario.Team, week, alex.Rep,
        [
            new BotCommit.Forecasting.Deals.DealForecast(BotCommit.Forecasting.Deals.DealId.From("x1"), "Contoso", "Licences",
                BotCommit.Forecasting.Deals.ForecastCategory.Upside, 100_000m, week.Monday.AddDays(3), BotCommit.Forecasting.Deals.Stage.From(90)),
        ]) { SubmittedAt = new DateTimeOffset(week.Monday.AddDays(4).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), Late = true };

        var card = RepDetailCard.Build(model.DetailFor(alex, null, [revision]), CardLocale.English).ToJson();

        Assert.Contains("Changed after the deadline (kept, not counted: the figures use what stood at the deadline)", CardJson.Texts(card));
        Assert.Contains(CardJson.Facts(card), f => f.Title.StartsWith(week + " · ", StringComparison.Ordinal) && f.Value == "commit 0 · upside 100,000");
    }

    [Fact]
    public void Build_AccuracyHistory_ShowsMeanAttainmentAndMeanAbsoluteErrorPerWindow()
    {
        var model = SummaryScenario.ThreeReps();
        var alex = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Alex);

        // Last four weeks 0.9, 1.1, 1.0, 0.8: mean 95.0 %, mean absolute error (0.1 + 0.1 + 0 + 0.2) ÷ 4 = 10.0 %.
        var card = RepDetailCard.Build(model.DetailFor(alex, History(1.2m, 0.9m, 1.1m, 1.0m, 0.8m)), CardLocale.English).ToJson();

        Assert.Equal("mean attainment 95.0 % · mean error per week (unweighted) 10.0 % · error weighted by commit amount 10.0 % · 4 weeks measured", CardJson.Fact(card, "Last 4 weeks"));
        Assert.Equal("mean attainment 100.0 % · mean error per week (unweighted) 12.0 % · error weighted by commit amount 12.0 % · 5 weeks measured", CardJson.Fact(card, "Last 13 weeks"));
        Assert.Equal("⚠ commit 100,000 · actual 80,000 · 80.0 %", CardJson.Fact(card, "2026-W50"));
        Assert.Equal("commit 100,000 · actual 100,000 · 100.0 %", CardJson.Fact(card, "2026-W49"));
    }

    [Theory]
    [InlineData(new[] { 1.2, 1.3, 1.25, 1.15 }, "⚠ Consistently above 110 %: commits look too low (sandbagging).")]
    [InlineData(new[] { 0.8, 0.7, 0.9, 0.85 }, "⚠ Consistently below 95 %: commits look too high (over-commitment).")]
    public void Build_ConsistentBias_IsFlagged(double[] attainments, string flag)
    {
        var model = SummaryScenario.ThreeReps();
        var alex = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Alex);

        var card = RepDetailCard.Build(model.DetailFor(alex, History([.. attainments.Select(a => (decimal)a)])), CardLocale.English).ToJson();

        var block = CardJson.TextBlocks(card).Single(t => (string)t["text"]! == flag);
        Assert.Equal("Attention", (string?)block["color"]);
    }

    [Fact]
    public void Build_NoMeasuredWeek_SaysSoInsteadOfZero()
    {
        var model = SummaryScenario.ThreeReps();
        var chris = model.Summary.Reps.Single(r => r.Rep == SummaryScenario.Chris);

        var card = RepDetailCard.Build(model.DetailFor(chris, History()), CardLocale.English).ToJson();

        Assert.Equal("no week with a commit yet", CardJson.Fact(card, "Last 4 weeks"));
        Assert.Equal("no consistent bias", CardJson.Fact(card, "Bias"));
        Assert.Equal("Did not submit: figures carried forward from the last snapshot, not confirmed.", CardJson.Texts(card)[1]);
    }

    /// <summary>Weekly points of commit 100,000 ending with W-1 (the last value is the most recent week).</summary>
    private static AccuracyHistory History(params decimal[] attainments)
    {
        var asOf = SummaryScenario.Week;
        var points = attainments
            .Select((a, i) => new AccuracyPoint(
                ForecastWeek.FromMonday(asOf.Monday.AddDays(-7 * (attainments.Length - i))), 100_000m, 100_000m * a))
            .ToList();
        var fourBack = ForecastWeek.FromMonday(asOf.Monday.AddDays(-28));
        return new AccuracyHistory(SummaryScenario.Alex, asOf, new AccuracyWindow(4, [.. points.Where(p => p.Week >= fourBack)]), new AccuracyWindow(13, points));
    }
}
