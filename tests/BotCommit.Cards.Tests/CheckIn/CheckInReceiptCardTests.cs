using BotCommit.Testing.Golden;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;

namespace BotCommit.Cards.Tests.CheckIn;

public class CheckInReceiptCardTests
{
    private static CheckInReceiptModel Submitted(bool late = false, bool unchanged = false) =>
        CheckInReceiptModel.ForSubmission(Samples.Week, 4, Samples.ThreeDeals, Samples.Totals, "USD", Samples.Deadline, late, unchanged);

    [Fact]
    public void Build_Submitted_MatchesGolden()
    {
        var card = CheckInReceiptCard.Build(Submitted(), CardLocale.English).ToJson();

        GoldenFile.AssertMatches("Golden/checkin-receipt.json", card);
    }

    [Fact]
    public void Build_Submitted_ListsDealsTotalsAndDeadline()
    {
        var card = CheckInReceiptCard.Build(Submitted(), CardLocale.English).ToJson();

        var texts = CheckInCardTests.Texts(card);
        Assert.Contains("Commit for 2026-W49 received ✔", texts);
        Assert.Contains($"You can edit until {Samples.DeadlineText}.", texts);
        Assert.Contains("What you submitted (3 deals)", texts);
        Assert.Contains("Commit 125,000 USD · Upside 40,000.50 USD", texts);
        Assert.Contains("**Northwind Traders** · Support renewal", texts);
        Assert.Contains("Won · 18,000 USD · 2026-11-20 · 100 %", texts);
    }

    [Fact]
    public void Build_AfterDeadline_SaysMarkedLate()
    {
        var card = CheckInReceiptCard.Build(Submitted(late: true), CardLocale.English).ToJson();

        var late = CardClient.OfType(card, "TextBlock").Single(t => ((string)t["text"]!).StartsWith("Received after", StringComparison.Ordinal));
        Assert.Equal($"Received after the deadline ({Samples.DeadlineText}), so it is marked late.", (string?)late["text"]);
        Assert.Equal("Attention", (string?)late["color"]);
        Assert.DoesNotContain(CheckInCardTests.Texts(card), t => t.StartsWith("You can edit until", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Unchanged_SaysConfirmedAsIs()
    {
        var card = CheckInReceiptCard.Build(Submitted(unchanged: true), CardLocale.English).ToJson();

        Assert.Contains("Commit for 2026-W49 confirmed as is ✔", CheckInCardTests.Texts(card));
    }

    [Fact]
    public void Build_Any_HasEditButtonCarryingTheNewRevisionWithoutInputs()
    {
        var card = CheckInReceiptCard.Build(Submitted(), CardLocale.English).ToJson();

        var edit = CardClient.Execute(card, CheckInVerbs.Edit);
        Assert.Equal("Edit", (string?)edit["title"]);
        Assert.Equal("none", (string?)edit["associatedInputs"]);
        Assert.Equal(4, (int)edit["data"]!["cardRev"]!);
        Assert.Equal("2026-W49", (string?)edit["data"]!["week"]);
        Assert.Equal(CheckInVerbs.Edit, (string?)edit["fallback"]!["data"]!["verb"]);
    }

    [Fact]
    public void Build_Away_ShowsDateAndNote()
    {
        var model = CheckInReceiptModel.ForAway(Samples.Week, 4, Samples.Date("2026-12-11"), Samples.Deadline, late: false);

        var card = CheckInReceiptCard.Build(model, CardLocale.English).ToJson();

        var texts = CheckInCardTests.Texts(card);
        Assert.Contains("You are marked away until 2026-12-11 ✔", texts);
        Assert.Contains("No reminders until then; your manager sees you as away.", texts);
        Assert.Empty(CardClient.OfType(card, "FactSet"));
    }

    [Fact]
    public void Build_SkipWithMarkup_ShowsReasonEscaped()
    {
        var model = CheckInReceiptModel.ForSkip(Samples.Week, 4, "Sick <b>leave</b> [see](http://x.example)", Samples.Deadline, late: true);

        var card = CheckInReceiptCard.Build(model, CardLocale.English).ToJson();

        var texts = CheckInCardTests.Texts(card);
        Assert.Contains("You skip week 2026-W49 ✔", texts);
        Assert.Contains(@"Reason: Sick &lt;b&gt;leave&lt;/b&gt; \[see\]\(http://x\.example\)", texts);
    }

    [Fact]
    public void Build_DealNamesWithMarkup_AreEscaped()
    {
        var deal = Samples.Won with { Account = "*Bold* Corp", Name = "<script>x</script>" };
        var model = CheckInReceiptModel.ForSubmission(Samples.Week, 4, [deal], Samples.Totals, "USD", Samples.Deadline, late: false);

        var card = CheckInReceiptCard.Build(model, CardLocale.English).ToJson();

        Assert.Contains(@"**\*Bold\* Corp** · &lt;script&gt;x&lt;/script&gt;", CheckInCardTests.Texts(card));
    }

    [Fact]
    public void Build_FiftyDeals_StaysUnderTeamsSizeAdvice()
    {
        var model = CheckInReceiptModel.ForSubmission(Samples.Week, 4, Samples.FiftyDeals, Samples.Totals, "USD", Samples.Deadline, late: false);

        var card = CheckInReceiptCard.Build(model, CardLocale.English).ToJson();

        Assert.InRange(CardSize.Utf16Bytes(Payloads.CardMessage(card)), 1, CardSize.TargetActivityBytes);
    }

    [Fact]
    public void ForSkip_BlankReason_Throws()
    {
        Assert.Throws<ArgumentException>(() => CheckInReceiptModel.ForSkip(Samples.Week, 4, " ", Samples.Deadline, late: false));
    }
}
