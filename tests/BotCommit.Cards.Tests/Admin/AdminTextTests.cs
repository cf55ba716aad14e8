using BotCommit.Cards.Admin;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.Admin;

public sealed class AdminTextTests
{
    [Theory]
    [InlineData("en-US", 1_200_000, "1,200,000 USD")]
    [InlineData("de-DE", 1_200_000.5, "1.200.000,50 USD")]
    [InlineData("fr-FR", 950, "950 USD")]
    public void Money_UsesTheTeamsCultureAndCentsOnlyWhenThereAreAny(string culture, decimal amount, string expected) =>
        Assert.Equal(expected, AdminText.Money(CardLocale.For("en-US", culture), amount, "USD"));

    [Fact]
    public void Quarter_ShowsItsMonths() =>
        Assert.Equal("Oct–Dec 2026", AdminText.Quarter(CardLocale.English, FiscalQuarter.StartingAt(YearMonth.Parse("2026-10"))));

    [Fact]
    public void Names_ManyPeople_AreCutWithACount()
    {
        var names = Enumerable.Range(1, AdminText.MaxNamesPerLine + 3).Select(i => "P" + i);

        var text = AdminText.Names(CardLocale.English, names);

        Assert.EndsWith("P40 and 3 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_None_IsADash() => Assert.Equal("—", AdminText.Names(CardLocale.English, []));
}
