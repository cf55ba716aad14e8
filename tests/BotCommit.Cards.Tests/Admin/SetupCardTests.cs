using System.Globalization;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.Admin;

public sealed class SetupCardTests
{
    private static SetupCardModel Model() =>
        new("19:team@thread.tacv2", "Sales EMEA", "UTC", "EUR", YearMonth.Parse("2026-12"), FiscalQuarter.StartingAt(YearMonth.Parse("2026-10")))
        {
            RepCount = 3,
            MonthTarget = 1_200_000m,
        };

    [Fact]
    public void Build_FirstPost_HasTheFourStepsAsButtonsCarryingTheTeam()
    {
        var card = SetupCard.Build(Model(), CardLocale.English).ToJson();

        AdminCardTexts.AssertWellFormed(card);
        foreach (var verb in new[] { AdminVerbs.SetupChannel, AdminVerbs.SetupRoster, AdminVerbs.SetupTimeZone, AdminVerbs.SetupTargets })
        {
            var action = CardClient.Execute(card, verb);
            Assert.Equal("19:team@thread.tacv2", (string?)action["data"]![AdminVerbs.TeamKey]);
            Assert.Equal(verb, (string?)action["fallback"]!["data"]!["verb"]);
        }

        Assert.Equal("none", (string?)CardClient.Execute(card, AdminVerbs.SetupChannel)["associatedInputs"]);
        var texts = AdminCardTexts.Of(card);
        Assert.Equal("BotCommit is in Sales EMEA", texts[0]);
        Assert.Contains("Now: not chosen yet", texts);
        Assert.Contains("Reps on the roster: 3", texts);
        Assert.Contains("**4. Team targets** — in EUR.", texts);
    }

    [Fact]
    public void Build_Inputs_HoldTheCurrentValuesAsInvariantNumbers()
    {
        var card = SetupCard.Build(Model(), CardLocale.For("en-US", "de-DE")).ToJson();

        Assert.Equal("UTC", (string?)CardClient.Input(card, AdminVerbs.TimeZoneInput)["value"]);
        Assert.Equal("1200000", (string?)CardClient.Input(card, AdminVerbs.MonthTargetInput)["value"]);
        Assert.Null(CardClient.Input(card, AdminVerbs.QuarterTargetInput)["value"]);
        Assert.Equal("Target for December 2026", (string?)CardClient.Input(card, AdminVerbs.MonthTargetInput)["label"]);
        // Month names are words: in the reader's language (English), even on a German team.
        Assert.Equal("Target for the quarter Oct–Dec 2026", (string?)CardClient.Input(card, AdminVerbs.QuarterTargetInput)["label"]);
    }

    [Fact]
    public void Build_AfterARefusedEntry_ShowsTheMessageAndWhatWasTyped()
    {
        var model = Model() with { Message = "“Mars” is not a time zone I know.", MessageIsError = true, TimeZoneInput = "Mars", ChannelName = "Managers" };

        var card = SetupCard.Build(model, CardLocale.English).ToJson();

        var message = CardClient.Elements(card).Single(e => (string?)e["id"] == "setup-message");
        Assert.Equal(("“Mars” is not a time zone I know.", "Attention"), ((string?)message["text"], (string?)message["color"]));
        Assert.Equal("Mars", (string?)CardClient.Input(card, AdminVerbs.TimeZoneInput)["value"]);
        Assert.Contains("Now: Managers", AdminCardTexts.Of(card));
    }

    [Fact]
    public void Build_PressingSaveTargets_SendsTheTypedAmounts()
    {
        var card = SetupCard.Build(Model(), CardLocale.English).ToJson();

        var data = CardClient.Press(card, AdminVerbs.SetupTargets, new Dictionary<string, string> { [AdminVerbs.QuarterTargetInput] = "3m" });

        Assert.Equal(("1200000", "3m", "19:team@thread.tacv2"), ((string?)data[AdminVerbs.MonthTargetInput], (string?)data[AdminVerbs.QuarterTargetInput], (string?)data[AdminVerbs.TeamKey]));
    }
}
