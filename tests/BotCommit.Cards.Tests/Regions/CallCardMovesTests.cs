using System.Text.Json.Nodes;
using BotCommit.Cards.Regions;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Cards.Tests.Regions;

/// <summary>
/// Deal moves on the manager's call card (issue #17): the open deals under the node, biggest first, pre-filled with the
/// category the call counts them in, a "more" toggle and a typed id for the rest; the parser reads back the moves.
/// </summary>
public sealed class CallCardMovesTests
{
    private static readonly TeamId s_team = TeamId.From("19:team-de@thread.tacv2");
    private static readonly OrgNode s_node = OrgNode.ForTeam(s_team, "Sales DE");
    private static readonly ForecastWeek s_week = ForecastWeek.Parse("2026-W50");
    private static readonly RepId s_ana = RepId.From("rep-ana");
    private static readonly RepId s_ben = RepId.From("rep-ben");

    [Fact]
    public void OpenDeals_AreListedBiggestFirst_PreFilledWithTheirCategory_TheRestBehindMoreAndATypedId()
    {
        var deals = Enumerable.Range(1, 30).Select(i => Deal(i % 2 == 0 ? s_ana : s_ben, $"d{i}", i % 3 == 0 ? ForecastCategory.Upside : ForecastCategory.Pipeline, i * 1_000m))
            .Append(Deal(s_ana, "won", ForecastCategory.Won, 999_999m))
            .ToList();

        var card = CallCard.Build(View(deals), CardLocale.English).ToJson();

        var slots = CardClient.Execute(card, CallVerbs.Submit)["data"]![CallVerbs.DealsKey]!.AsArray();
        Assert.Equal(CallCard.ListedDeals + CallCard.MaxMoreDeals, slots.Count);
        Assert.Equal(["d30", "d29", "d28", "d27", "d26"], slots.Take(5).Select(s => (string)s![1]!));
        Assert.DoesNotContain(slots, s => (string)s![1]! == "won");
        Assert.Equal("Upside", (string?)CardClient.Input(card, CallVerbs.MoveInput(0))["value"]); // d30: 30 % 3 == 0
        Assert.Equal("Pipeline", (string?)CardClient.Input(card, CallVerbs.MoveInput(1))["value"]);
        Assert.Equal(["Commit", "Upside", "Pipeline"], CardClient.Input(card, CallVerbs.MoveInput(0))["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        var more = CardClient.Elements(card).Single(e => (string?)e["id"] == CallVerbs.MoreDealsContainer);
        Assert.False((bool)more["isVisible"]!);
        Assert.Contains(CardClient.Elements(more), e => (string?)e["id"] == CallVerbs.MoveInput(CallCard.ListedDeals));
        Assert.Contains(CardClient.OfType(card, "TextBlock"), t => ((string)t["text"]!).StartsWith("10 smaller deals are not listed", StringComparison.Ordinal));
        CardClient.Input(card, CallVerbs.TypedDealInput);
    }

    [Fact]
    public void UntouchedCard_ParsesToNoMoves()
    {
        var view = View([Deal(s_ana, "a1", ForecastCategory.Upside, 500m), Deal(s_ben, "b1", ForecastCategory.Commit, 300m)]);
        var card = CallCard.Build(view, CardLocale.English).ToJson();

        var input = CallCardParser.Parse(CardClient.Press(card, CallVerbs.Submit), view);

        Assert.True(input.Succeeded);
        Assert.Empty(input.Moves);
        Assert.Equal(view.Current.ThisWeekCommit, input.Figures[CallFigure.ThisWeekCommit]);
    }

    [Fact]
    public void ChangedCategory_WithItsNote_IsAMove_OfThatRepsDeal()
    {
        // Two reps have a deal called "x1": the slot says whose it is.
        var view = View([Deal(s_ana, "x1", ForecastCategory.Upside, 500m), Deal(s_ben, "x1", ForecastCategory.Upside, 300m)]);
        var card = CallCard.Build(view, CardLocale.English).ToJson();

        var input = CallCardParser.Parse(CardClient.Press(card, CallVerbs.Submit, new Dictionary<string, string>
        {
            [CallVerbs.MoveInput(1)] = "Commit",
            [CallVerbs.MoveNoteInput(1)] = "  PO arrives Friday ",
        }), view);

        Assert.True(input.Succeeded);
        Assert.Equal([new DealMoveRequest(s_ben, DealId.From("x1"), ForecastCategory.Commit, "PO arrives Friday")], input.Moves);
    }

    [Fact]
    public void ChangedCategory_WithoutANote_IsAMoveWithAnEmptyNote_TheDomainRefusesIt()
    {
        var view = View([Deal(s_ana, "a1", ForecastCategory.Upside, 500m)]);
        var card = CallCard.Build(view, CardLocale.English).ToJson();

        var input = CallCardParser.Parse(CardClient.Press(card, CallVerbs.Submit, new Dictionary<string, string> { [CallVerbs.MoveInput(0)] = "Commit" }), view);

        var move = Assert.Single(input.Moves);
        Assert.Equal(string.Empty, move.Note);
        var problems = ManagerCallRules.Check(CallEntry.FromCard(view, RepId.From("manager"), input.Figures, input.Notes, input.Moves), Context(view));
        Assert.Contains(problems, p => p.Rule == CallRule.NoteRequired && p.Deal == DealId.From("a1"));
    }

    [Fact]
    public void TypedDealId_IsFoundAmongTheNodesDeals_OrRefusedInWords()
    {
        var deals = Enumerable.Range(1, 25).Select(i => Deal(s_ana, $"d{i}", ForecastCategory.Pipeline, i * 100m)).Append(Deal(s_ben, "d1", ForecastCategory.Pipeline, 1m)).ToList();
        var view = View(deals);
        var card = CallCard.Build(view, CardLocale.English).ToJson();
        CallCardInput Typed(string id, string to) => CallCardParser.Parse(CardClient.Press(card, CallVerbs.Submit, new Dictionary<string, string>
        {
            [CallVerbs.TypedDealInput] = id,
            [CallVerbs.TypedCategoryInput] = to,
            [CallVerbs.TypedNoteInput] = "late add",
        }), view);

        Assert.Equal([new DealMoveRequest(s_ana, DealId.From("d2"), ForecastCategory.Upside, "late add")], Typed(" d2 ", "Upside").Moves);
        Assert.Equal(CallCardErrorKind.UnknownDeal, Assert.Single(Typed("nope", "Upside").Errors).Kind);
        Assert.Equal(CallCardErrorKind.AmbiguousDeal, Assert.Single(Typed("d1", "Upside").Errors).Kind);
        Assert.Equal(CallCardErrorKind.NoCategory, Assert.Single(Typed("d3", string.Empty).Errors).Kind);
        Assert.Equal(CallCardErrorKind.NotACategory, Assert.Single(Typed("d3", "Won").Errors).Kind);
    }

    [Fact]
    public void EarlierMove_IsListedFirst_PreFilledWithItsCategoryAndNote_AndSubmittedAgainUnchanged()
    {
        var deals = Enumerable.Range(1, 8).Select(i => Deal(s_ana, $"d{i}", ForecastCategory.Upside, i * 100m)).ToList();
        var moved = new MovedDeal(s_team, s_ana, DealId.From("d1"), ForecastCategory.Upside, ForecastCategory.Commit, 100m, new DateOnly(2026, 12, 9), CallFigures.Zero with { ThisWeekCommit = 100m, ThisWeekUpside = -100m }, "signed already");
        var latest = new CallSubmission(s_node.Id, s_week, RepId.From("manager"), DateTimeOffset.UnixEpoch, [], [moved]);
        var view = View(deals) with { Latest = latest, Current = latest.Apply(View(deals).RollUp) };
        var card = CallCard.Build(view, CardLocale.English).ToJson();

        Assert.Equal("d1", (string?)CardClient.Execute(card, CallVerbs.Submit)["data"]![CallVerbs.DealsKey]![0]![1]);
        Assert.Equal("Commit", (string?)CardClient.Input(card, CallVerbs.MoveInput(0))["value"]);
        Assert.Equal("signed already", (string?)CardClient.Input(card, CallVerbs.MoveNoteInput(0))["value"]);

        var input = CallCardParser.Parse(CardClient.Press(card, CallVerbs.Submit), view);
        var entry = CallEntry.FromCard(view, RepId.From("manager"), input.Figures, input.Notes, input.Moves);

        Assert.Equal([new DealMoveRequest(s_ana, DealId.From("d1"), ForecastCategory.Commit, "signed already")], entry.Moves);
        Assert.Empty(entry.Changes); // the figures the card showed include the move: they are not changes of their own
        Assert.Empty(ManagerCallRules.Check(entry, Context(view)));
    }

    [Fact]
    public void HostileSlots_AreIgnored()
    {
        var view = View([Deal(s_ana, "a1", ForecastCategory.Upside, 500m)]);
        var data = new JsonObject
        {
            [CallVerbs.DealsKey] = new JsonArray(new JsonArray("", "a1"), new JsonArray(s_ana.Value, "bad id!"), JsonValue.Create(5), new JsonArray(s_ana.Value)),
            [CallVerbs.MoveInput(0)] = "Commit",
            [CallVerbs.MoveInput(1)] = "Commit",
            [CallVerbs.MoveInput(2)] = "Commit",
            [CallVerbs.MoveInput(3)] = "Commit",
        };

        var input = CallCardParser.Parse(data, view);

        Assert.True(input.Succeeded);
        Assert.Empty(input.Moves);
        Assert.Empty(CallCardParser.Parse(new JsonObject { [CallVerbs.DealsKey] = "not an array" }, view).Moves);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void ManyDealsWithLongNames_CardStaysUnderTheAdvisedSize(string culture)
    {
        var deals = Enumerable.Range(1, 400).Select(i => Deal(i % 2 == 0 ? s_ana : s_ben, $"deal-{i:0000}", ForecastCategory.Upside, i) with
        {
            Account = new string('客', DealForecast.MaxAccountLength),
            Name = new string('<', DealForecast.MaxNameLength),
        }).ToList();

        var card = CallCard.Build(View(deals), CardLocale.For(culture, culture), receipt: "Saved").ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= CallCard.MaxCardBytes, $"{CardSize.Utf16Bytes(card)} bytes");
        var slots = CardClient.Execute(card, CallVerbs.Submit)["data"]![CallVerbs.DealsKey]!.AsArray();
        Assert.InRange(slots.Count, CallCard.ListedDeals, CallCard.ListedDeals + CallCard.MaxMoreDeals);
        CardClient.Input(card, CallVerbs.TypedDealInput); // the rest by their id
    }

    private static DealForecast Deal(RepId rep, string id, ForecastCategory category, decimal amount) =>
        new(DealId.From(id), "Acme " + rep.Value, "Deal " + id, category, amount, new DateOnly(2026, 12, 9), Stage.From(50));

    private static CallCardView View(IReadOnlyList<DealForecast> deals)
    {
        var period = ReviewPeriod.For(s_week, 1);
        var callable = deals.Select(d => new CallableDeal(s_team, d.Account.EndsWith(s_ana.Value, StringComparison.Ordinal) ? s_ana : s_ben, d)).ToList();
        var rollUp = callable.Select(d => CallContribution.Of(d.Deal, period)).Aggregate(CallFigures.Zero, (a, b) => a.Plus(b));
        var node = s_node with { Managers = [RepId.From("manager")] };
        var monday = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
        return new CallCardView(node, period, rollUp, rollUp, null, callable, new CallWindow(node.Id, s_week, monday, monday.AddHours(4), [], []), "EUR", "UTC");
    }

    private static CallContext Context(CallCardView view) => new(view.Node, view.Period, view.RollUp, view.Deals);
}
