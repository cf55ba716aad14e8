using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using static BotCommit.Cards.CheckIn.CheckInParseResult;

namespace BotCommit.Cards.Tests.CheckIn;

public class CheckInSubmissionParserTests
{
    private static readonly JsonObject s_card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

    private static Dictionary<string, string> Edits(params (string Key, string Value)[] edits) =>
        edits.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Parse_ExecuteInvokePayload_TakesDataFromValueActionData()
    {
        var activity = Payloads.Invoke(CheckInVerbs.Submit, CardClient.Press(s_card, CheckInVerbs.Submit, Edits(("deal-D-2001-amount", "45000"))));

        var data = (JsonObject)activity["value"]!["action"]!["data"]!;
        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.Equal("adaptiveCard/action", (string?)activity["name"]);
        var submitted = Assert.IsType<Submitted>(result);
        Assert.Equal(45_000m, submitted.Deals.Single(d => d.Id.Value == "D-2001").Amount);
    }

    [Fact]
    public void Parse_SubmitFallbackMessagePayload_TakesDataFromValueAndGivesSameDeals()
    {
        var edits = Edits(("deal-D-2001-amount", "45000"));
        var message = Payloads.SubmitMessage(CardClient.PressFallback(s_card, CheckInVerbs.Submit, edits));
        var invoke = Payloads.Invoke(CheckInVerbs.Submit, CardClient.Press(s_card, CheckInVerbs.Submit, edits));

        var fromMessage = CheckInSubmissionParser.Parse((JsonObject)message["value"]!, Samples.Context());
        var fromInvoke = CheckInSubmissionParser.Parse((JsonObject)invoke["value"]!["action"]!["data"]!, Samples.Context());

        Assert.Equal("message", (string?)message["type"]);
        Assert.Equal(Assert.IsType<Submitted>(fromInvoke).Deals, Assert.IsType<Submitted>(fromMessage).Deals);
    }

    [Fact]
    public void Parse_UntouchedCardSubmitted_ReturnsStoredDealsUnchanged()
    {
        var result = CheckInSubmissionParser.Parse(CardClient.Press(s_card, CheckInVerbs.Submit), Samples.Context());

        Assert.Equal(Samples.ThreeDeals, Assert.IsType<Submitted>(result).Deals);
    }

    [Fact]
    public void Parse_EditedDeal_AppliesEveryFieldAndKeepsStoredIdentity()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit, Edits(
            ("deal-D-2001-category", "Commit"),
            ("deal-D-2001-amount", " 42000.5 "),
            ("deal-D-2001-close", "2026-12-11"),
            ("deal-D-2001-stage", "80"),
            ("deal-D-2001-euc", "true"),
            ("deal-D-2001-reason", "  Signed LOI, PO expected Friday  ")));

        var deals = Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context())).Deals;

        var deal = deals.Single(d => d.Id.Value == "D-2001");
        Assert.Equal(
            Samples.Upside with
            {
                Category = ForecastCategory.Commit,
                Amount = 42_000.5m,
                CloseDate = Samples.Date("2026-12-11"),
                Stage = Stage.From(80),
                Checklist = new CommitChecklist(true, true, false, false, false),
                Reason = "Signed LOI, PO expected Friday",
            },
            deal);
        Assert.Equal(Samples.Commit, deals[0]);
        Assert.Equal(Samples.Won, deals[2]);
    }

    [Fact]
    public void Parse_FilledNewDealSlot_AddsDealWithGeneratedIdAndIgnoresEmptySlots()
    {
        var card = CheckInCard.Build(Samples.Model() with { Draft = CheckInDraft.Empty.WithNewDealSlots(3) }, CardLocale.English).ToJson();
        var data = CardClient.Press(card, CheckInVerbs.Submit, Edits(
            ("new-2-account", " Tailspin Toys "),
            ("new-2-name", "Pilot"),
            ("new-2-category", "Pipeline"),
            ("new-2-amount", "5000"),
            ("new-2-close", "2027-01-15"),
            ("new-2-stage", "25"),
            ("new-1-category", "Commit"),
            ("new-1-stage", "90")));

        var deals = Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context())).Deals;

        Assert.Equal(4, deals.Count);
        Assert.Equal(
            new DealForecast(DealId.From("N-1"), "Tailspin Toys", "Pilot", ForecastCategory.Pipeline, 5_000m, Samples.Date("2027-01-15"), Stage.From(25)),
            deals[3]);
    }

    [Fact]
    public void Parse_IdGeneratorRepeatsAnExistingId_Throws()
    {
        var context = Samples.Context() with { NewDealId = () => Samples.Commit.Id };
        var data = CardClient.Press(s_card, CheckInVerbs.Submit, Edits(
            ("new-1-account", "Tailspin"), ("new-1-name", "Pilot"), ("new-1-category", "Pipeline"),
            ("new-1-amount", "5000"), ("new-1-close", "2027-01-15"), ("new-1-stage", "25")));

        Assert.Throws<InvalidOperationException>(() => CheckInSubmissionParser.Parse(data, context));
    }

    [Fact]
    public void Parse_ConfirmOnUntouchedCard_ReturnsNoChanges()
    {
        var result = CheckInSubmissionParser.Parse(CardClient.Press(s_card, CheckInVerbs.Confirm), Samples.Context());

        Assert.IsType<NoChanges>(result);
    }

    [Fact]
    public void Parse_ConfirmWithoutInputs_ReturnsNoChanges()
    {
        var data = (JsonObject)CardClient.Execute(s_card, CheckInVerbs.Confirm)["data"]!.DeepClone();

        Assert.IsType<NoChanges>(CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Theory]
    [InlineData("deal-D-2001-amount", "41000")]
    [InlineData("deal-D-1042-cfg", "false")]
    [InlineData("new-1-name", "Something new")]
    public void Parse_ConfirmAfterTypingChanges_KeepsThemAndAsksToSubmit(string key, string value)
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Confirm, Edits((key, value)));

        var invalid = Assert.IsType<Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context()));

        var error = Assert.Single(invalid.Errors);
        Assert.Equal(new FieldError(null, FieldErrorCode.UnsavedChanges), error with { Arguments = [] });
        Assert.Equal(value, invalid.Draft.Values[key]);
    }

    [Fact]
    public void Parse_ConfirmWithSlippedCloseDate_AsksToMoveIt()
    {
        var slipped = Samples.Upside with { CloseDate = Samples.Date("2026-11-27") };
        var card = CheckInCard.Build(Samples.Model([slipped]), CardLocale.English).ToJson();

        var result = CheckInSubmissionParser.Parse(CardClient.Press(card, CheckInVerbs.Confirm), Samples.Context([slipped]));

        var error = Assert.Single(Assert.IsType<Invalid>(result).Errors);
        Assert.Equal(("deal-D-2001-close", FieldErrorCode.CloseDateInPast), (error.InputId, error.Code));
    }

    [Fact]
    public void Parse_AddDealTwice_ReturnsOneMoreSlotEachTimeWithEverythingTyped()
    {
        var first = CheckInSubmissionParser.Parse(CardClient.Press(s_card, CheckInVerbs.AddDeal, Edits(("deal-D-1042-amount", "130000"))), Samples.Context());
        var oneSlot = Assert.IsType<AddDealSlot>(first).Draft;
        var card = CheckInCard.Build(Samples.Model() with { Draft = oneSlot }, CardLocale.English).ToJson();

        var second = CheckInSubmissionParser.Parse(CardClient.Press(card, CheckInVerbs.AddDeal, Edits(("new-1-account", "Tailspin"))), Samples.Context());
        var twoSlots = Assert.IsType<AddDealSlot>(second).Draft;
        var rebuilt = CheckInCard.Build(Samples.Model() with { Draft = twoSlots }, CardLocale.English).ToJson();

        Assert.Equal(1, oneSlot.NewDealSlots);
        Assert.Equal(2, twoSlots.NewDealSlots);
        Assert.Equal("130000", (string?)CardClient.Input(rebuilt, "deal-D-1042-amount")["value"]);
        Assert.Equal("Tailspin", (string?)CardClient.Input(rebuilt, "new-1-account")["value"]);
        Assert.Null(CardClient.Elements(rebuilt).Single(e => (string?)e["id"] == "new-2")["isVisible"]);
    }

    [Fact]
    public void Parse_AddDealAtMaximum_StaysAtMaximum()
    {
        var card = CheckInCard.Build(Samples.Model() with { Draft = CheckInDraft.Empty.WithNewDealSlots(CheckInCard.MaxNewDealSlots) }, CardLocale.English).ToJson();
        var data = CardClient.Press(card, CheckInVerbs.Submit);
        data["verb"] = CheckInVerbs.AddDeal;

        var draft = Assert.IsType<AddDealSlot>(CheckInSubmissionParser.Parse(data, Samples.Context())).Draft;

        Assert.Equal(CheckInCard.MaxNewDealSlots, draft.NewDealSlots);
    }

    [Fact]
    public void Parse_SlotCountTamperedLow_KeepsFilledSlots()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.AddDeal, Edits(("new-3-account", "Typed in slot 3")));
        data["slots"] = 1;

        var draft = Assert.IsType<AddDealSlot>(CheckInSubmissionParser.Parse(data, Samples.Context())).Draft;

        Assert.Equal(4, draft.NewDealSlots);
    }

    [Fact]
    public void Parse_NextPage_ReturnsTargetPageWithTypedValues()
    {
        var card = CheckInCard.Build(Samples.Model(Samples.FiftyDeals), CardLocale.English).ToJson();

        var result = CheckInSubmissionParser.Parse(CardClient.Press(card, CheckInVerbs.Page), Samples.Context(Samples.FiftyDeals));

        Assert.Equal(1, Assert.IsType<ChangePage>(result).Draft.Page);
    }

    [Fact]
    public void Parse_Away_ReturnsDate()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Away, Edits(("away-until", "2026-12-11")));

        Assert.Equal(new Away(Samples.Date("2026-12-11")), CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Fact]
    public void Parse_AwayUntilThisMonday_IsAccepted()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Away, Edits(("away-until", "2026-11-30")));

        Assert.Equal(new Away(Samples.Week.Monday), CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Fact]
    public void Parse_Skip_ReturnsTrimmedReason()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Skip, Edits(("skip-reason", "  Parental leave  ")));

        Assert.Equal(new Skip("Parental leave"), CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Fact]
    public void Parse_SkipWithBadDealValues_IgnoresThem()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Skip, Edits(("skip-reason", "Holiday"), ("deal-D-1042-amount", "abc")));

        Assert.Equal(new Skip("Holiday"), CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Fact]
    public void Parse_ReceiptEdit_ReturnsEdit()
    {
        var receipt = CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 4, Samples.ThreeDeals, Samples.Totals, "USD", Samples.Deadline, late: false),
            CardLocale.English).ToJson();

        var result = CheckInSubmissionParser.Parse(CardClient.Press(receipt, CheckInVerbs.Edit), Samples.Context(cardRev: 4));

        Assert.IsType<Edit>(result);
    }

    public static TheoryData<string, string, string?, StaleReason> StaleCases => new()
    {
        { "cardVersion missing", "cardVersion", null, StaleReason.UnknownCardVersion },
        { "cardVersion from the future", "cardVersion", "2", StaleReason.UnknownCardVersion },
        { "cardVersion garbage", "cardVersion", "one", StaleReason.UnknownCardVersion },
        { "last week's card", "week", "2026-W48", StaleReason.WrongWeek },
        { "next week's card", "week", "2026-W50", StaleReason.WrongWeek },
        { "week missing", "week", null, StaleReason.WrongWeek },
        { "week garbage", "week", "2026-12-01", StaleReason.WrongWeek },
        { "older revision", "cardRev", "2", StaleReason.Superseded },
        { "revision missing", "cardRev", null, StaleReason.Superseded },
        { "verb missing", "verb", null, StaleReason.UnknownVerb },
        { "verb of another card", "verb", "summary.refresh", StaleReason.UnknownVerb },
    };

    [Fact]
    public void Parse_CardOlderThanTheStoredState_KeepsOnlyTheTypingThatCannotConflict()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);
        data["cardRev"] = 2;
        data["new-1-account"] = "Northwind";
        data["slots"] = 1;

        var result = CheckInSubmissionParser.Parse(data, Samples.Context() with { CardRev = 3 });

        var stale = Assert.IsType<Stale>(result);
        Assert.Equal(StaleReason.Superseded, stale.Reason);
        Assert.Equal("Northwind", stale.Draft!.Values["new-1-account"]);
        Assert.Equal(1, stale.Draft.NewDealSlots);
        Assert.DoesNotContain(stale.Draft.Values.Keys, k => k.StartsWith("deal-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StaleCases))]
    public void Parse_StaleCard_ReturnsStaleWithReason(string why, string key, string? value, StaleReason reason)
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);
        if (value is null)
        {
            data.Remove(key);
        }
        else
        {
            data[key] = value;
        }

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.True(result is Stale stale && stale.Reason == reason, $"{why}: got {result}");
    }

    [Fact]
    public void Parse_CardRevNotChecked_AcceptsAnyRevision()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);
        data["cardRev"] = 99;

        Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context(cardRev: null)));
    }

    [Fact]
    public void Parse_NumbersSentAsStrings_AreAccepted()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);
        data["cardVersion"] = "1";
        data["cardRev"] = "3";

        Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Theory]
    [InlineData("deal-D-9999-amount", "1")]
    [InlineData("deal-D-1042-account", "Someone else's account")]
    [InlineData("deal-D-1042-name", "Renamed through the data")]
    [InlineData("deal-D-1042-id", "D-2001")]
    public void Parse_DataNamingAnotherDealOrField_IsRejectedAsTampered(string key, string value)
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit, Edits((key, value)));

        Assert.Equal(new Stale(StaleReason.UnknownDeal), CheckInSubmissionParser.Parse(data, Samples.Context()));
    }

    [Fact]
    public void Parse_DealRemovedFromRepSinceCardWasSent_IsRejected()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);

        var result = CheckInSubmissionParser.Parse(data, Samples.Context([Samples.Commit, Samples.Won]));

        Assert.Equal(new Stale(StaleReason.UnknownDeal), result);
    }

    [Fact]
    public void Parse_DealAddedToRepSinceCardWasSent_IsCarriedUnchanged()
    {
        var extra = Samples.Numbered(7);
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);

        var deals = Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context([.. Samples.ThreeDeals, extra]))).Deals;

        Assert.Equal(extra, deals[3]);
    }

    [Fact]
    public void Parse_IdentityOrIdsInData_AreIgnored()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit, Edits(
            ("repId", "00000000-0000-0000-0000-00000000beef"),
            ("new-1-id", "D-1042"),
            ("new-1-account", "Tailspin"), ("new-1-name", "Pilot"), ("new-1-category", "Pipeline"),
            ("new-1-amount", "5000"), ("new-1-close", "2027-01-15"), ("new-1-stage", "25")));

        var deals = Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context())).Deals;

        Assert.Equal(new[] { "D-1042", "D-2001", "D-3003", "N-1" }, deals.Select(d => d.Id.Value));
        Assert.Equal(Samples.Commit, deals[0]);
    }

    [Fact]
    public void Parse_NonStringValues_AreReadAsTheirJsonText()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit);
        data["deal-D-1042-amount"] = 130000;
        data["deal-D-1042-cfg"] = true;
        data["deal-D-2001-amount"] = new JsonObject { ["x"] = 1 };

        var invalid = Assert.IsType<Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context()));

        var error = Assert.Single(invalid.Errors);
        Assert.Equal(("deal-D-2001-amount", FieldErrorCode.AmountFormat), (error.InputId, error.Code));
        Assert.Equal("130000", invalid.Draft.Values["deal-D-1042-amount"]);
        Assert.Equal("true", invalid.Draft.Values["deal-D-1042-cfg"]);
    }

    [Fact]
    public void Parse_HugeTamperedValue_IsCutInTheDraftAndStillTooLong()
    {
        var data = CardClient.Press(s_card, CheckInVerbs.Submit, Edits(("deal-D-1042-reason", new string('r', 50_000))));

        var invalid = Assert.IsType<Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context()));

        Assert.Equal(CheckInDraft.MaxValueLength, invalid.Draft.Values["deal-D-1042-reason"].Length);
        Assert.Equal(new object[] { 500, CheckInDraft.MaxValueLength }, Assert.Single(invalid.Errors).Arguments);
    }

    [Fact]
    public void Parse_MoreThanSubmissionMaximum_IsRefused()
    {
        var deals = Enumerable.Range(1, 99).Select(Samples.Numbered).ToList();
        var card = CheckInCard.Build(Samples.Model(deals), CardLocale.English).ToJson();
        var data = CardClient.Press(card, CheckInVerbs.Submit, Edits(
            ("new-1-account", "Tailspin"), ("new-1-name", "Pilot"), ("new-1-category", "Pipeline"),
            ("new-1-amount", "5000"), ("new-1-close", "2027-01-15"), ("new-1-stage", "25")));

        var invalid = Assert.IsType<Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context(deals)));

        var error = Assert.Single(invalid.Errors);
        Assert.Equal((null, FieldErrorCode.TooManyDeals), (error.InputId, error.Code));
        Assert.Equal("A check-in holds at most 99 deals.", error.Message(CardLocale.English));
    }
}
