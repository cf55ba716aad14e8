using BotCommit.Testing.Golden;
using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.Tests.CheckIn;

public class CheckInCardTests
{
    private const int LastPageOfFifty = (50 - 1) / CheckInCard.PageSize;

    [Fact]
    public void Build_ThreeDeals_MatchesGolden()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        GoldenFile.AssertMatches("Golden/checkin-3-deals.json", card);
    }

    [Fact]
    public void Build_FiftyDeals_MatchesGolden()
    {
        var card = CheckInCard.Build(Samples.Model(Samples.FiftyDeals), CardLocale.English).ToJson();

        GoldenFile.AssertMatches("Golden/checkin-50-deals.json", card);
    }

    [Fact]
    public void Build_AfterInvalidSubmit_MatchesGolden()
    {
        var card = InvalidReRender(out _);

        GoldenFile.AssertMatches("Golden/checkin-invalid.json", card);
    }

    [Fact]
    public void Build_Always_DeclaresVersion15AndFullWidth()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]!["width"]);
    }

    [Fact]
    public void Build_ThreeDeals_ShowsTotalsAndEveryDealFact()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        var texts = Texts(card);
        Assert.Contains("Commit 125,000 USD · Upside 40,000.50 USD", texts);
        Assert.Contains("Won 260,000 USD · Forecast 385,000 USD · Upside 90,000 USD", texts);
        Assert.Contains("**Contoso Ltd** · Server refresh", texts);
        Assert.Contains("Commit · 125,000 USD · 2026-12-04 · 90 %", texts);
        Assert.Contains("Upside · 40,000.50 USD · 2026-12-18 · 70 %", texts);
        Assert.Contains("Won · 18,000 USD · 2026-11-20 · 100 %", texts);
    }

    [Fact]
    public void Build_ThreeDeals_InputsStartWithStoredValuesAndAreCollapsed()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        var inputs = CardClient.Inputs(card);
        Assert.Equal("Commit", inputs["deal-D-1042-category"]);
        Assert.Equal("125000", inputs["deal-D-1042-amount"]);
        Assert.Equal("2026-12-04", inputs["deal-D-1042-close"]);
        Assert.Equal("90", inputs["deal-D-1042-stage"]);
        Assert.Equal("true", inputs["deal-D-1042-ready"]);
        Assert.Equal("40000.50", inputs["deal-D-2001-amount"]);
        Assert.Equal("false", inputs["deal-D-2001-euc"]);
        Assert.Equal("true", inputs["deal-D-3003-unreal"]);
        var editors = CardClient.Elements(card).Where(e => ((string?)e["id"])?.StartsWith("edit-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, editors.Count);
        Assert.All(editors, e => Assert.False((bool)e["isVisible"]!));
    }

    [Fact]
    public void Build_EachDeal_HasEditToggleTargetingItsHiddenInputs()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        var targets = CardClient.OfType(card, "Action.ToggleVisibility").SelectMany(a => a["targetElements"]!.AsArray().Select(t => (string)t!)).ToList();
        Assert.Contains("edit-D-1042", targets);
        Assert.Contains("edit-D-2001", targets);
        Assert.Contains("edit-D-3003", targets);
        Assert.Contains("away", targets);
        var ids = CardClient.Elements(card).Select(e => (string?)e["id"]).Where(id => id is not null).ToHashSet();
        Assert.All(targets, t => Assert.Contains(t, ids));
    }

    public static TheoryData<string> CardsToCheck => ["3 deals", "50 deals page 1", "50 deals last page", "invalid", "no deals", "receipt"];

    [Theory]
    [MemberData(nameof(CardsToCheck))]
    public void Build_EveryExecute_SitsInActionSetWithSubmitFallbackCarryingSameDataAndVerb(string which)
    {
        var card = CardFor(which);

        var executes = 0;
        foreach (var element in CardClient.Elements(card))
        {
            if (CardClient.Type(element) != "ActionSet")
            {
                Assert.DoesNotContain(
                    ChildActions(element),
                    a => CardClient.Type(a) == "Action.Execute");
                continue;
            }

            foreach (var action in element["actions"]!.AsArray().OfType<JsonObject>().Where(a => CardClient.Type(a) == "Action.Execute"))
            {
                executes++;
                var fallback = (JsonObject)action["fallback"]!;
                Assert.Equal("Action.Submit", CardClient.Type(fallback));
                Assert.Equal((string?)action["title"], (string?)fallback["title"]);
                var verb = (string)action["verb"]!;
                Assert.Equal(verb, (string?)fallback["data"]!["verb"]);
                Assert.True(JsonNode.DeepEquals(action["data"], fallback["data"]), "fallback data differs");
                Assert.Equal(verb, (string?)action["data"]!["verb"]);
                Assert.Equal(CheckInCard.CardVersion, (int)action["data"]!["cardVersion"]!);
                Assert.Equal("2026-W49", (string?)action["data"]!["week"]);
                Assert.NotNull(action["data"]!["cardRev"]);
            }
        }

        Assert.True(executes > 0);
        Assert.Null(card["actions"]);
    }

    [Theory]
    [MemberData(nameof(CardsToCheck))]
    public void Build_AnyCard_HasUniqueElementIds(string which)
    {
        var card = CardFor(which);

        var ids = CardClient.Elements(card).Where(e => CardClient.Type(e) is not null && !CardClient.Type(e)!.StartsWith("Action.", StringComparison.Ordinal))
            .Select(e => (string?)e["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Build_FiftyDeals_PagesSixDealsWithNextOnly()
    {
        var card = CheckInCard.Build(Samples.Model(Samples.FiftyDeals), CardLocale.English).ToJson();

        Assert.Equal(CheckInCard.PageSize, CardClient.Inputs(card).Keys.Count(k => k.StartsWith("deal-", StringComparison.Ordinal) && k.EndsWith("-amount", StringComparison.Ordinal)));
        Assert.Contains("Deals 1–6 of 50", Texts(card));
        var paging = CardClient.OfType(card, "Action.Execute").Where(a => (string?)a["verb"] == CheckInVerbs.Page).ToList();
        var next = Assert.Single(paging);
        Assert.Equal(1, (int)next["data"]!["goto"]!);
        Assert.Equal("Next deals ›", (string?)next["title"]);
    }

    [Fact]
    public void Build_FiftyDealsLastPage_ShowsRemainingDealsWithPreviousOnly()
    {
        var model = Samples.Model(Samples.FiftyDeals) with { Draft = CheckInDraft.Empty.WithPage(LastPageOfFifty) };

        var card = CheckInCard.Build(model, CardLocale.English).ToJson();

        Assert.Contains("Deals 49–50 of 50", Texts(card));
        var paging = Assert.Single(CardClient.OfType(card, "Action.Execute"), a => (string?)a["verb"] == CheckInVerbs.Page);
        Assert.Equal(LastPageOfFifty - 1, (int)paging["data"]!["goto"]!);
        Assert.Equal(LastPageOfFifty, (int)paging["data"]!["page"]!);
    }

    [Fact]
    public void Build_PageBeyondLast_ShowsLastPage()
    {
        var model = Samples.Model(Samples.FiftyDeals) with { Draft = CheckInDraft.Empty.WithPage(40) };

        var card = CheckInCard.Build(model, CardLocale.English).ToJson();

        Assert.Contains("Deals 49–50 of 50", Texts(card));
    }

    [Fact]
    public void Build_EveryPageOfFiftyDeals_StaysUnderTeamsSizeAdvice()
    {
        for (var page = 0; page <= LastPageOfFifty; page++)
        {
            var model = Samples.Model(Samples.FiftyDeals) with { Draft = CheckInDraft.Empty.WithPage(page) };

            var activity = Payloads.CardMessage(CheckInCard.Build(model, CardLocale.English).ToJson());

            Assert.InRange(CardSize.Utf16Bytes(activity), 1, CardSize.TargetActivityBytes);
        }
    }

    [Fact]
    public void Build_FiftyLongNamedDealsWithErrorsAndEdits_StaysUnderTeamsLimit()
    {
        var deals = Enumerable.Range(1, 50).Select(i => Samples.Numbered(i) with
        {
            Id = DealId.From(new string('x', DealId.MaxLength - 3) + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)),
            Account = new string('A', DealForecast.MaxAccountLength),
            Name = new string('N', DealForecast.MaxNameLength),
        }).ToList();
        var card = CheckInCard.Build(Samples.Model(deals), CardLocale.English).ToJson();
        var edits = deals.Take(20).ToDictionary(d => "deal-" + d.Id + "-amount", _ => "1.000,00");
        var result = (CheckInParseResult.Invalid)CheckInSubmissionParser.Parse(CardClient.Press(card, CheckInVerbs.Submit, edits), Samples.Context(deals));

        var reRendered = CheckInCard.Build(Samples.Model(deals) with { Draft = result.Draft, Errors = result.Errors }, CardLocale.English).ToJson();

        Assert.InRange(CardSize.Utf16Bytes(Payloads.CardMessage(reRendered)), 1, CardSize.MaxActivityBytes);
    }

    [Fact]
    public void Build_ErrorsOnAnotherPage_OpensThePageWithTheFirstError()
    {
        var deals = Samples.FiftyDeals;
        var card = CheckInCard.Build(Samples.Model(deals), CardLocale.English).ToJson();
        var lastDeal = CheckInText.Ordered(deals)[^1];
        var data = CardClient.Press(card, CheckInVerbs.Submit, new Dictionary<string, string> { ["deal-" + lastDeal.Id + "-amount"] = "-3" });
        var invalid = Assert.IsType<CheckInParseResult.Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context(deals)));

        var reRendered = CheckInCard.Build(Samples.Model(deals) with { Draft = invalid.Draft, Errors = invalid.Errors }, CardLocale.English).ToJson();

        Assert.Contains("Deals 49–50 of 50", Texts(reRendered));
        Assert.Equal("-3", (string?)CardClient.Input(reRendered, "deal-" + lastDeal.Id + "-amount")["value"]);
    }

    [Fact]
    public void Build_ValueEditedOnAnotherPage_TravelsAsHiddenInputAndIsSubmitted()
    {
        var deals = Samples.FiftyDeals;
        var first = CheckInText.Ordered(deals)[0];
        var page0 = CheckInCard.Build(Samples.Model(deals), CardLocale.English).ToJson();
        var toPage1 = CheckInSubmissionParser.Parse(
            CardClient.Press(page0, CheckInVerbs.Page, new Dictionary<string, string> { ["deal-" + first.Id + "-amount"] = "777" }),
            Samples.Context(deals));
        var draft = Assert.IsType<CheckInParseResult.ChangePage>(toPage1).Draft;

        var page1 = CheckInCard.Build(Samples.Model(deals) with { Draft = draft }, CardLocale.English).ToJson();
        var submitted = CheckInSubmissionParser.Parse(CardClient.Press(page1, CheckInVerbs.Submit), Samples.Context(deals));

        Assert.Equal(1, draft.Page);
        var carried = CardClient.Input(page1, "deal-" + first.Id + "-amount");
        Assert.Equal("Input.Text", CardClient.Type(carried));
        Assert.Equal("777", (string?)carried["value"]);
        var deal = Assert.IsType<CheckInParseResult.Submitted>(submitted).Deals.Single(d => d.Id == first.Id);
        Assert.Equal(777m, deal.Amount);
    }

    [Fact]
    public void Build_AfterInvalidSubmit_ReRendersEveryTypedValueAsTheInputValue()
    {
        var card = InvalidReRender(out var sent);

        foreach (var (id, value) in sent.Where(p => p.Key.StartsWith("deal-", StringComparison.Ordinal) || p.Key.StartsWith("new-", StringComparison.Ordinal)))
        {
            var input = CardClient.Input(card, id);
            var shown = input["value"] is JsonValue v ? v.ToString() : CardClient.Type(input) == "Input.Toggle" ? "false" : string.Empty;
            Assert.True(shown == value?.ToString(), $"{id}: sent '{value}', shown '{shown}'");
        }
    }

    [Fact]
    public void Build_AfterInvalidSubmit_PutsRedMessageRightUnderEachBadInput()
    {
        var card = InvalidReRender(out _);

        var containers = CardClient.Elements(card).Where(e => e["items"] is JsonArray).ToList();
        var checkedInputs = 0;
        foreach (var items in containers.Select(c => c["items"]!.AsArray()))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject input && (string?)input["id"] is { } id && items.Count > i + 1
                    && items[i + 1] is JsonObject next && (string?)next["id"] == id + "-error")
                {
                    checkedInputs++;
                    Assert.Equal("TextBlock", CardClient.Type(next));
                    Assert.Equal("Attention", (string?)next["color"]);
                }
            }
        }

        var errorBlocks = CardClient.Elements(card).Count(e => ((string?)e["id"])?.EndsWith("-error", StringComparison.Ordinal) == true);
        Assert.Equal(errorBlocks, checkedInputs);
        Assert.Equal(4, checkedInputs);
        Assert.Contains("Please fix the entries marked in red below (4). Everything you typed is still here.", Texts(card));
    }

    [Fact]
    public void Build_AfterInvalidSubmit_ExpandsOnlyDealsWithErrorsOrChanges()
    {
        var card = InvalidReRender(out _);

        var visible = CardClient.Elements(card)
            .Where(e => ((string?)e["id"])?.StartsWith("edit-", StringComparison.Ordinal) == true)
            .ToDictionary(e => (string)e["id"]!, e => e["isVisible"] is null);
        Assert.True(visible["edit-D-1042"]);
        Assert.True(visible["edit-D-2001"]);
        Assert.False(visible["edit-D-3003"]);
        Assert.Null(CardClient.Elements(card).Single(e => (string?)e["id"] == "new-1")["isVisible"]);
    }

    [Fact]
    public void Build_DealTextWithMarkdownAndHtml_IsEscapedInText()
    {
        var deal = Samples.Commit with { Account = "<b>Evil</b> & Co", Name = "[click](http://x.example) **now** _x_" };

        var card = CheckInCard.Build(Samples.Model([deal]), CardLocale.English).ToJson();

        var texts = Texts(card);
        Assert.Contains(@"**&lt;b&gt;Evil&lt;/b&gt; &amp; Co** · \[click\]\(http://x\.example\) \*\*now\*\* \_x\_", texts);
        Assert.DoesNotContain(texts, t => t.Contains("[click](", StringComparison.Ordinal) || t.Contains("<b>", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TypedNewDealWithMarkup_KeepsInputValueRawButEscapesInErrorList()
    {
        var model = Samples.Model() with
        {
            Draft = CheckInDraft.Create(new Dictionary<string, string> { ["new-1-account"] = "<i>Acme</i>", ["new-1-name"] = "[x](y)" }, 1, 0),
        };

        var card = CheckInCard.Build(model, CardLocale.English).ToJson();

        Assert.Equal("<i>Acme</i>", (string?)CardClient.Input(card, "new-1-account")["value"]);
        Assert.Equal("[x](y)", (string?)CardClient.Input(card, "new-1-name")["value"]);
    }

    [Fact]
    public void Build_GermanTeamCulture_FormatsAmountsAndDatesForTheTeam()
    {
        var locale = CardLocale.For("en-US", "de-DE");

        var card = CheckInCard.Build(Samples.Model(), locale).ToJson();

        var texts = Texts(card);
        Assert.Contains("Commit · 125.000 USD · 2026-12-04 · 90 %", texts);
        Assert.Contains("Upside · 40.000,50 USD · 2026-12-18 · 70 %", texts);
        Assert.Equal("40000.50", (string?)CardClient.Input(card, "deal-D-2001-amount")["value"]);
    }

    [Fact]
    public void Build_PastDeadline_WarnsThatSubmissionIsLate()
    {
        var card = CheckInCard.Build(Samples.Model() with { PastDeadline = true }, CardLocale.English).ToJson();

        var warning = CardClient.OfType(card, "TextBlock").Single(t => ((string)t["text"]!).StartsWith("The deadline", StringComparison.Ordinal));
        Assert.Equal($"The deadline ({Samples.DeadlineText}) has passed. You can still submit; it will be marked late.", (string?)warning["text"]);
        Assert.Equal("Attention", (string?)warning["color"]);
    }

    [Fact]
    public void Build_BeforeDeadline_ShowsDeadlineInTeamTime()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        Assert.Contains($"Please answer by {Samples.DeadlineText}.", Texts(card));
    }

    [Fact]
    public void Build_AddedSlots_ShowsEverySlotAndNoAddButtonAtTheMaximum()
    {
        var model = Samples.Model() with { Draft = CheckInDraft.Empty.WithNewDealSlots(CheckInCard.MaxNewDealSlots) };

        var card = CheckInCard.Build(model, CardLocale.English).ToJson();

        Assert.Equal(CheckInCard.MaxNewDealSlots, CardClient.Inputs(card).Keys.Count(k => k.StartsWith("new-", StringComparison.Ordinal) && k.EndsWith("-account", StringComparison.Ordinal)));
        Assert.DoesNotContain(CardClient.OfType(card, "Action.Execute"), a => (string?)a["verb"] == CheckInVerbs.AddDeal);
    }

    [Fact]
    public void Build_NoDeals_SaysSoAndStillOffersConfirmAndNewDeal()
    {
        var card = CheckInCard.Build(Samples.Model([]), CardLocale.English).ToJson();

        Assert.Contains("No deals carried over from last week. Add new deals below, or confirm.", Texts(card));
        Assert.Contains(CardClient.OfType(card, "Action.Execute"), a => (string?)a["verb"] == CheckInVerbs.Confirm);
        Assert.Equal("Add a new deal", (string?)CardClient.Execute(card, CheckInVerbs.AddDeal)["title"]);
    }

    [Fact]
    public void Build_FreshCard_HasNoEmptySlotOnlyTheAddButton()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        Assert.DoesNotContain(CardClient.Inputs(card).Keys, k => k.StartsWith("new-", StringComparison.Ordinal));
        Assert.Equal(0, (int)CardClient.Execute(card, CheckInVerbs.AddDeal)["data"]!["slots"]!);
    }

    [Fact]
    public void Build_TwoSlots_ExpandsTheNewestAndFilledOnes()
    {
        var draft = CheckInDraft.Create(new Dictionary<string, string> { ["new-2-account"] = "Typed" }, 3, 0);

        var card = CheckInCard.Build(Samples.Model() with { Draft = draft }, CardLocale.English).ToJson();

        bool Visible(string id) => CardClient.Elements(card).Single(e => (string?)e["id"] == id)["isVisible"] is null;
        Assert.False(Visible("new-1"));
        Assert.True(Visible("new-2"));
        Assert.True(Visible("new-3"));
    }

    [Fact]
    public void Build_ConfirmButton_ComesBeforeTheDeals()
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();

        var body = card["body"]!.AsArray().Select(e => e!.ToJsonString()).ToList();
        var confirm = body.FindIndex(e => e.Contains("\"checkin.confirm\"", StringComparison.Ordinal));
        var firstDeal = body.FindIndex(e => e.Contains("deal-D-", StringComparison.Ordinal));
        Assert.InRange(confirm, 0, firstDeal - 1);
        Assert.Equal("No changes — confirm as is", (string?)CardClient.Execute(card, CheckInVerbs.Confirm)["title"]);
    }

    /// <summary>The 3-deal card submitted with four bad values and a filled new deal, then rebuilt from the result.</summary>
    internal static JsonObject InvalidReRender(out JsonObject sent)
    {
        var card = CheckInCard.Build(Samples.Model() with { Draft = CheckInDraft.Empty.WithNewDealSlots(1) }, CardLocale.English).ToJson();
        sent = CardClient.Press(card, CheckInVerbs.Submit, new Dictionary<string, string>
        {
            ["deal-D-1042-amount"] = "1.000,00",
            ["deal-D-1042-stage"] = "80",
            ["deal-D-2001-close"] = "2026-02-30",
            ["new-1-account"] = "Tailspin <Toys>",
            ["new-1-name"] = "Pilot **phase**",
            ["new-1-category"] = "Pipeline",
            ["new-1-amount"] = "1e30",
            ["new-1-close"] = "2027-01-15",
            ["new-1-stage"] = "25",
        });
        var result = Assert.IsType<CheckInParseResult.Invalid>(CheckInSubmissionParser.Parse(sent, Samples.Context()));
        return CheckInCard.Build(Samples.Model() with { Draft = result.Draft, Errors = result.Errors }, CardLocale.English).ToJson();
    }

    private static JsonObject CardFor(string which) => which switch
    {
        "3 deals" => CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson(),
        "50 deals page 1" => CheckInCard.Build(Samples.Model(Samples.FiftyDeals), CardLocale.English).ToJson(),
        "50 deals last page" => CheckInCard.Build(Samples.Model(Samples.FiftyDeals) with { Draft = CheckInDraft.Empty.WithPage(LastPageOfFifty) }, CardLocale.English).ToJson(),
        "invalid" => InvalidReRender(out _),
        "no deals" => CheckInCard.Build(Samples.Model([]), CardLocale.English).ToJson(),
        "receipt" => CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 4, Samples.ThreeDeals, Samples.Totals, "USD", Samples.Deadline, late: false),
            CardLocale.English).ToJson(),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    private static IEnumerable<JsonObject> ChildActions(JsonObject element) =>
        element.Where(p => p.Key is "actions" or "selectAction").SelectMany(p => p.Value switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject single => [single],
            _ => [],
        });

    internal static List<string> Texts(JsonNode card) =>
        [.. CardClient.OfType(card, "TextBlock").Select(t => (string)t["text"]!)
            .Concat(CardClient.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().SelectMany(x => new[] { (string)x!["title"]!, (string)x!["value"]! })))];
}
