using BotCommit.Forecasting.Deals;

namespace BotCommit.Forecasting.Tests.Deals;

public class StageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(60)]
    [InlineData(70)]
    [InlineData(80)]
    [InlineData(90)]
    [InlineData(100)]
    public void From_DefinedPercent_Accepts(int percent)
    {
        Assert.Equal(percent, Stage.From(percent).Percent);
        Assert.Contains(Stage.From(percent), Stage.All);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(75)]
    [InlineData(95)]
    [InlineData(101)]
    public void TryFrom_UndefinedPercent_ReturnsFalse(int percent)
    {
        Assert.False(Stage.TryFrom(percent, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Stage.From(percent));
    }

    [Fact]
    public void All_ListsEightStagesAscending()
    {
        Assert.Equal([0, 25, 50, 60, 70, 80, 90, 100], Stage.All.Select(s => s.Percent));
    }
}
