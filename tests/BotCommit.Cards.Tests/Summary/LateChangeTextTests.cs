using BotCommit.Cards.Summary;
using BotCommit.Forecasting.CheckIn;

namespace BotCommit.Cards.Tests.Summary;

public class LateChangeTextTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 14, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("both changed", 12_000, -5_000, "Alex: changed after cutoff: +12,000 commit, −5,000 upside")]
    [InlineData("commit only", -2_500.5, 0, "Alex: changed after cutoff: −2,500.50 commit")]
    [InlineData("upside only", 0, 700, "Alex: changed after cutoff: +700 upside")]
    [InlineData("totals unchanged (e.g. a stage moved)", 0, 0, "Alex: changed after cutoff: no change to the commit or upside totals")]
    public void Format_Deltas_AreSignedAmountsInTheTeamsCulture(string row, double commit, double upside, string expected)
    {
        var text = LateChangeText.Format(CardLocale.English, "Alex", new LateChange(At, (decimal)commit, (decimal)upside));

        Assert.True(expected == text, $"{row}: {text}");
    }

    [Fact]
    public void Format_NameWithMarkdown_IsEscaped()
    {
        var text = LateChangeText.Format(CardLocale.English, "<b>[Al](http://x.io)", new LateChange(At, 1m, 0m));

        Assert.StartsWith(@"&lt;b&gt;\[Al\]\(http://x\.io\): changed after cutoff", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GermanTeam_UsesGermanSeparators()
    {
        var text = LateChangeText.Format(CardLocale.For("en", "de-DE"), "Alex", new LateChange(At, 12_000m, 0m));

        Assert.Equal("Alex: changed after cutoff: +12.000 commit", text);
    }
}
