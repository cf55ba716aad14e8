using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Submissions;

namespace BotCommit.Forecasting.Tests.Submissions;

public class SubmissionTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(99, true)]
    [InlineData(100, false)] // header + 100 lines would exceed one 100-action batch
    public void Constructor_DealCount_IsLimited(int count, bool valid)
    {
        var deals = Enumerable.Range(1, count)
            .Select(i => Given.Deal($"d{i} Pipeline 1 2026-12-01"))
            .ToArray();

        Submission Build() => new(Given.Team, Given.Week("2026-W47"), Given.RepA, deals);

        if (valid)
        {
            Assert.Equal(count, Build().Deals.Count);
        }
        else
        {
            Assert.Throws<ArgumentException>(Build);
        }
    }

    [Fact]
    public void Constructor_DuplicateDealId_Throws()
    {
        DealForecast[] deals = [Given.Deal("d1 Commit 1 2026-11-20"), Given.Deal("d1 Upside 2 2026-11-21")];

        Assert.Throws<ArgumentException>(() => new Submission(Given.Team, Given.Week("2026-W47"), Given.RepA, deals));
    }

    [Fact]
    public void Status_Unknown_Throws()
    {
        var submission = Given.Snapshot(Given.Week("2026-W47"), "");

        Assert.Throws<ArgumentException>(() => submission with { Status = SubmissionStatus.Unknown });
    }
}
