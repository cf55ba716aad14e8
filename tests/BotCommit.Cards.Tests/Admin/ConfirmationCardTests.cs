using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;

namespace BotCommit.Cards.Tests.Admin;

public sealed class ConfirmationCardTests
{
    [Fact]
    public void Build_Change_ShowsTitleTeamBeforeNowFactsAndNotes()
    {
        var model = new ConfirmationCardModel("Deadline changed", "Sales [EMEA]")
        {
            Before = "Monday 07:00",
            Now = "Tuesday 08:00",
            Facts = [new Fact("Cards sent", "3")],
            Notes = ["Reps see the new deadline on their next card."],
        };

        var card = ConfirmationCard.Build(model, CardLocale.English).ToJson();

        AdminCardTexts.AssertWellFormed(card);
        Assert.Equal(
            ["✔ Deadline changed", "Team: Sales \\[EMEA\\]", "Before: Monday 07:00", "Now: Tuesday 08:00", "Cards sent: 3", "Reps see the new deadline on their next card."],
            AdminCardTexts.Of(card));
        Assert.Equal("✔ Deadline changed", (string?)card["fallbackText"]);
    }

    [Fact]
    public void Build_NewValueWithoutPrevious_ShowsADashBefore()
    {
        var card = ConfirmationCard.Build(new ConfirmationCardModel("Summary channel set", "Sales") { Now = "Managers" }, CardLocale.English).ToJson();

        Assert.Contains("Before: —", AdminCardTexts.Of(card));
    }

    [Fact]
    public void Build_Result_WithoutBeforeAndNow_ShowsOnlyTheFacts()
    {
        var card = ConfirmationCard.Build(new ConfirmationCardModel("Roster imported", "Sales") { Facts = [new Fact("Added", "4")] }, CardLocale.English).ToJson();

        Assert.Equal(["✔ Roster imported", "Team: Sales", "Added: 4"], AdminCardTexts.Of(card));
    }
}
