using System.Globalization;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Tests.Admin;

public sealed class SummaryPostCardTests
{
    private static readonly SummaryPostModel Model = new("19:team@thread.tacv2", "Sales EMEA", ForecastWeek.Parse("2026-W49"), new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero))
    {
        ChannelName = "Managers",
    };

    [Fact]
    public void Build_WithAChannel_OffersToPostThere()
    {
        var card = SummaryPostCard.Build(Model, CardLocale.English).ToJson();

        AdminCardTexts.AssertWellFormed(card);
        var post = CardClient.Execute(card, AdminVerbs.PostSummary);
        Assert.Equal(("Post to Managers", "19:team@thread.tacv2", "none"), ((string?)post["title"], (string?)post["data"]![AdminVerbs.TeamKey], (string?)post["associatedInputs"]));
        Assert.Contains("Only you see this preview. Post it to the managers' channel when it looks right.", AdminCardTexts.Of(card));
    }

    [Fact]
    public void Build_BeforeTheDeadline_WarnsThatRepsMayStillBeMissing()
    {
        var texts = AdminCardTexts.Of(SummaryPostCard.Build(Model with { BeforeDeadline = true }, CardLocale.English).ToJson());

        var deadline = Model.Deadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        Assert.Contains(texts, t => t.StartsWith($"The deadline ({deadline}) has not passed yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithoutAChannel_HasNoButtonAndSaysHowToChooseOne()
    {
        var card = SummaryPostCard.Build(Model with { ChannelName = null }, CardLocale.English).ToJson();

        Assert.Empty(CardClient.OfType(card, "Action.Execute"));
        Assert.Contains(AdminCardTexts.Of(card), t => t.Contains("set channel", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Posted_ShowsTheResultWithoutAButton()
    {
        var card = SummaryPostCard.Build(Model with { Posted = true, Message = "Summary 2026-W49 posted to Managers ✔" }, CardLocale.English).ToJson();

        Assert.Empty(CardClient.OfType(card, "Action.Execute"));
        Assert.Equal(["Summary 2026-W49 — Sales EMEA", "Summary 2026-W49 posted to Managers ✔"], AdminCardTexts.Of(card));
    }
}
