using BotCommit.Forecasting.Metrics;

namespace BotCommit.Forecasting.Tests.Metrics;

/// <summary>The bands of domain.md's summary table, at and either side of each edge.</summary>
public sealed class SummaryBandsTests
{
    [Theory]
    [InlineData("0.9499", true)]
    [InlineData("0.95", false)]
    [InlineData("1.10", false)]
    [InlineData("1.1001", true)]
    public void Attainment_is_healthy_from_95_to_110_percent_inclusive(string attainment, bool outside) =>
        Assert.Equal(outside, SummaryBands.IsAttainmentOutside(decimal.Parse(attainment, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Each_lower_bound_is_healthy_at_the_bound_and_flagged_just_below()
    {
        Assert.False(SummaryBands.IsLinearityLow(0.95m));
        Assert.True(SummaryBands.IsLinearityLow(0.9499m));
        Assert.False(SummaryBands.IsCoverageLow(1.5m));
        Assert.True(SummaryBands.IsCoverageLow(1.4999m));
        Assert.False(SummaryBands.IsCommitQualityLow(1m));
        Assert.True(SummaryBands.IsCommitQualityLow(0.9999m));
        Assert.False(SummaryBands.IsComplianceLow(1m));
        Assert.True(SummaryBands.IsComplianceLow(0.9999m));
    }

    [Fact]
    public void Unrealized_is_flagged_from_5_percent()
    {
        Assert.False(SummaryBands.IsUnrealizedHigh(0.0499m));
        Assert.True(SummaryBands.IsUnrealizedHigh(0.05m));
    }

    [Fact]
    public void A_forecast_is_short_only_below_a_target_it_has()
    {
        Assert.True(SummaryBands.IsForecastShort(99m, 100m));
        Assert.False(SummaryBands.IsForecastShort(100m, 100m));
        Assert.False(SummaryBands.IsForecastShort(0m, null));
    }

    [Fact]
    public void The_accuracy_history_judges_with_the_same_band() =>
        Assert.Equal((SummaryBands.AttainmentLow, SummaryBands.AttainmentHigh), (AccuracyCalculator.LowerBand, AccuracyCalculator.UpperBand));
}
