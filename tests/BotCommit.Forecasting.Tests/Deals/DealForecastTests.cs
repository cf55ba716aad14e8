using BotCommit.Forecasting.Deals;

namespace BotCommit.Forecasting.Tests.Deals;

public class DealForecastTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("125000.50")]
    [InlineData("1.500")] // three digits written, but the value has two decimals
    public void Constructor_ValidAmount_Accepts(string amount)
    {
        var deal = Create(ForecastCategory.Commit, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), deal.Amount);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.005")]
    [InlineData("0.001")]
    public void Constructor_NegativeOrSubCentAmount_Throws(string amount)
    {
        Assert.Throws<ArgumentException>(() => Create(ForecastCategory.Commit, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(ForecastCategory.Unknown)]
    [InlineData((ForecastCategory)99)]
    public void Constructor_UndefinedCategory_Throws(ForecastCategory category)
    {
        Assert.Throws<ArgumentException>(() => Create(category, 1m));
    }

    [Fact]
    public void With_InvalidAmount_Throws()
    {
        var deal = Create(ForecastCategory.Upside, 10m);

        Assert.Throws<ArgumentException>(() => deal with { Amount = -5m });
    }

    [Theory]
    [InlineData(120, 120, 500, true)]
    [InlineData(121, 120, 500, false)]
    [InlineData(120, 121, 500, false)]
    [InlineData(120, 120, 501, false)]
    public void Constructor_TextLengths_AreLimited(int accountLength, int nameLength, int reasonLength, bool valid)
    {
        DealForecast Build() => new(DealId.From("d1"), new string('a', accountLength), new string('n', nameLength), ForecastCategory.Commit, 1m, new DateOnly(2026, 11, 20), Stage.From(90))
        {
            Reason = new string('r', reasonLength),
        };

        if (valid)
        {
            Assert.Equal(accountLength, Build().Account.Length);
        }
        else
        {
            Assert.Throws<ArgumentException>(Build);
        }
    }

    [Theory]
    [InlineData("d Commit 1 2026-11-20 s90 ok", true)]
    [InlineData("d Commit 1 2026-11-20 s100 ok", true)]
    [InlineData("d Commit 1 2026-11-20 s80 ok", false)] // stage below 90 %
    [InlineData("d Commit 1 2026-11-20 s90", false)] // checklist incomplete
    [InlineData("d Upside 1 2026-11-20 s90 ok", false)] // not a commit
    public void IsSolidCommit_StageAndChecklist_Decide(string spec, bool expected)
    {
        Assert.Equal(expected, Given.Deal(spec).IsSolidCommit);
    }

    private static DealForecast Create(ForecastCategory category, decimal amount) =>
        new(DealId.From("d1"), "Acme", "Renewal", category, amount, new DateOnly(2026, 11, 20), Stage.From(90));
}
