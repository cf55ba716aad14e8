using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>
/// 2026-W47: M = Mon 2026-11-16, Sunday 11-22 (the week lies inside November), calendar Q4 = 10-01..12-31.
/// Rep r's deals and the roll-up they make (this week commit, upside; month forecast, upside; quarter forecast, upside):
///   a Commit 100 11-18 → TWC, MF, QF        b Upside 40 11-19 → TWU, MU, QU     c Upside 70 12-10 → QU
///   d Pipeline 200 11-25 → nothing          e Won 50 11-10 → MF, QF              f Commit 30 2027-01-15 → nothing
///   roll-up = (100, 40, 150, 40, 150, 110): MF = 50 + 100, QF = 50 + 100, QU = 40 + 70.
/// </summary>
public class ManagerCallRulesTests
{
    private const string Deals = "a Commit 100 2026-11-18; b Upside 40 2026-11-19; c Upside 70 2026-12-10; d Pipeline 200 2026-11-25; e Won 50 2026-11-10; f Commit 30 2027-01-15";

    private static readonly RepId Manager = RepId.From("m");
    private static readonly RepId Rep = RepId.From("r");
    private static readonly ForecastWeek Week = Given.Week("2026-W47");
    private static readonly CallFigures RollUp = new(100m, 40m, 150m, 40m, 150m, 110m);

    [Fact]
    public void RollUp_OfTheDeals_IsTheSumOfTheirContributions()
    {
        var period = ReviewPeriod.For(Week, 1);

        var sum = Given.Deals(Deals).Aggregate(CallFigures.Zero, (s, d) => s.Plus(CallContribution.Of(d, period)));

        Assert.Equal(RollUp, sum);
    }

    [Theory]
    [InlineData("upside this week to commit", "b", ForecastCategory.Commit, 140, 0, 190, 0, 190, 70)] // ±40 on the week, month and quarter
    [InlineData("pipeline this month to commit", "d", ForecastCategory.Commit, 100, 40, 350, 40, 350, 110)] // +200 month and quarter forecast
    [InlineData("upside in December to pipeline", "c", ForecastCategory.Pipeline, 100, 40, 150, 40, 150, 40)] // −70 quarter upside
    [InlineData("commit next quarter to upside", "f", ForecastCategory.Upside, 100, 40, 150, 40, 150, 110)] // outside the quarter: no effect
    [InlineData("commit this week to pipeline", "a", ForecastCategory.Pipeline, 0, 40, 50, 40, 50, 110)] // −100 commit, forecasts keep the Won 50
    public void Accept_DealMoved_FiguresFollowTheDeal(string row, string deal, ForecastCategory to, int twc, int twu, int mf, int mu, int qf, int qu)
    {
        var acceptance = ManagerCallRules.Accept(Entry(moves: [new DealMoveRequest(Rep, DealId.From(deal), to, "why")]), Context(), Instant);

        Assert.True(acceptance.Accepted, row + ": " + string.Join(", ", acceptance.Problems));
        Assert.Equal(new CallFigures(twc, twu, mf, mu, qf, qu), acceptance.Call!.Apply(RollUp));
        Assert.Equal(Given.Deal(Deals.Split(';').Single(d => d.Trim().StartsWith(deal + " ", StringComparison.Ordinal))).Category, acceptance.Call.Moves[0].From);
    }

    [Fact]
    public void Accept_FigureSetAndDealMoved_TheSetFigureStandsAndOthersFollowTheMove()
    {
        var entry = Entry(
            [new FigureChange(CallFigure.ThisWeekCommit, 120m, "a is signed, b maybe")],
            [new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Commit, "PO received")]);

        var call = ManagerCallRules.Accept(entry, Context(), Instant).Call!;

        Assert.Equal(new CallFigures(120m, 0m, 190m, 0m, 190m, 70m), call.Apply(RollUp));
        Assert.Equal(["a is signed, b maybe"], call.NotesFor(CallFigure.ThisWeekCommit));
        Assert.Equal(["PO received"], call.NotesFor(CallFigure.MonthForecast));
        Assert.Equal(["PO received"], call.NotesFor(CallFigure.QuarterUpside));
        Assert.Equal(Instant, call.SubmittedAt);
    }

    public static TheoryData<string, CallEntry, CallRule> BrokenEntries => new()
    {
        { "not a manager", Entry() with { Submitter = Rep }, CallRule.NotAManager },
        { "other week", Entry() with { Week = Week.Next }, CallRule.WrongNodeOrWeek },
        { "unknown figure", Entry([new FigureChange(CallFigure.Unknown, 1m, "x")]), CallRule.FigureInvalid },
        { "figure twice", Entry([new FigureChange(CallFigure.MonthUpside, 1m, "x"), new FigureChange(CallFigure.MonthUpside, 2m, "y")]), CallRule.FigureInvalid },
        { "figure without note", Entry([new FigureChange(CallFigure.ThisWeekCommit, 90m, " ")]), CallRule.NoteRequired },
        { "note too long", Entry([new FigureChange(CallFigure.ThisWeekCommit, 90m, new string('x', 501))]), CallRule.NoteTooLong },
        { "negative", Entry([new FigureChange(CallFigure.QuarterUpside, -1m, "x")]), CallRule.NegativeFigure },
        { "three decimals", Entry([new FigureChange(CallFigure.QuarterUpside, 1.005m, "x")]), CallRule.TooManyDecimals },
        { "quarter below month", Entry([new FigureChange(CallFigure.QuarterForecast, 149m, "x")]), CallRule.QuarterForecastBelowMonthForecast },
        { "quarter upside below month upside", Entry([new FigureChange(CallFigure.MonthUpside, 111m, "x")]), CallRule.QuarterUpsideBelowMonthUpside },
        { "month below this week", Entry([new FigureChange(CallFigure.ThisWeekCommit, 151m, "x")]), CallRule.MonthForecastBelowWeekCommit },
        { "month upside below this week", Entry([new FigureChange(CallFigure.ThisWeekUpside, 41m, "x")]), CallRule.MonthUpsideBelowWeekUpside },
        { "move without note", Entry(moves: [new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Commit, "")]), CallRule.NoteRequired },
        { "unknown deal", Entry(moves: [new DealMoveRequest(Rep, DealId.From("zz"), ForecastCategory.Commit, "x")]), CallRule.DealNotFound },
        { "other rep's deal id", Entry(moves: [new DealMoveRequest(Manager, DealId.From("b"), ForecastCategory.Commit, "x")]), CallRule.DealNotFound },
        { "won deal", Entry(moves: [new DealMoveRequest(Rep, DealId.From("e"), ForecastCategory.Commit, "x")]), CallRule.DealNotOpen },
        { "to won", Entry(moves: [new DealMoveRequest(Rep, DealId.From("a"), ForecastCategory.Won, "x")]), CallRule.MoveToClosedCategory },
        { "same category", Entry(moves: [new DealMoveRequest(Rep, DealId.From("a"), ForecastCategory.Commit, "x")]), CallRule.MoveToSameCategory },
        { "moved twice", Entry(moves: [new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Commit, "x"), new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Pipeline, "y")]), CallRule.DealMovedTwice },
        { "move makes the month's forecast smaller than the week's", Entry([new FigureChange(CallFigure.ThisWeekCommit, 100m + 0.01m, "x")], [new DealMoveRequest(Rep, DealId.From("a"), ForecastCategory.Upside, "y")]), CallRule.MonthForecastBelowWeekCommit }, // MF = 150 − 100 = 50 < 100.01
    };

    [Theory]
    [MemberData(nameof(BrokenEntries))]
    public void Accept_BrokenEntry_IsRefusedWithTheRule(string row, CallEntry entry, CallRule rule)
    {
        var acceptance = ManagerCallRules.Accept(entry, Context(), Instant);

        Assert.False(acceptance.Accepted, row);
        Assert.True(acceptance.Problems.Any(p => p.Rule == rule), $"{row}: {string.Join(", ", acceptance.Problems)}");
    }

    [Fact]
    public void Check_WeekAcrossTheMonthEnd_AllowsAWeekCommitAboveTheMonthForecast()
    {
        // 2026-W49: M = Mon 11-30, Sunday 12-06. A commit closing 12-02 is this week's but December's, not November's.
        var week = Given.Week("2026-W49");
        var period = ReviewPeriod.For(week, 1);
        var rollUp = Given.Deals("x Commit 500 2026-12-02").Aggregate(CallFigures.Zero, (s, d) => s.Plus(CallContribution.Of(d, period)));

        var problems = ManagerCallRules.Check(Entry() with { Week = week }, Context() with { Period = period, RollUp = rollUp, Deals = [] });

        Assert.Equal(new CallFigures(500m, 0m, 0m, 0m, 500m, 0m), rollUp);
        Assert.Empty(problems);
    }

    [Fact]
    public void FromFigures_ValuesLeftAsPrefilled_AreNotChanges()
    {
        var typed = CallFigures.All.ToDictionary(f => f, f => RollUp[f]);
        typed[CallFigure.QuarterForecast] = 180m;

        var entry = CallEntry.FromFigures(
            NodeId.From("t"), Week, Manager, RollUp, typed, new Dictionary<CallFigure, string> { [CallFigure.QuarterForecast] = "renewal in December" }, []);

        Assert.Equal([new FigureChange(CallFigure.QuarterForecast, 180m, "renewal in December")], entry.Changes);
    }

    [Fact]
    public void FromCard_FiguresAsTheCardShowedThem_FollowTheMoves_ASetFigureIsKept_ATypedOneIsAChange()
    {
        // The earlier call moved b (Upside 40) to Commit and set the quarter upside to 90: the card showed
        // (140, 0, 190, 0, 190, 90). Now the manager leaves the figures, moves d (Pipeline 200) to Commit as well, and
        // types a month upside of 10.
        var context = Context();
        var earlier = ManagerCallRules.Accept(
            Entry([new FigureChange(CallFigure.QuarterUpside, 90m, "c slips")], [new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Commit, "b signs")]),
            context,
            Instant).Call!;
        var shown = earlier.Apply(RollUp);
        Assert.Equal(new CallFigures(140m, 0m, 190m, 0m, 190m, 90m), shown);
        var view = new CallCardView(context.Node, context.Period, RollUp, shown, earlier, context.Deals, new CallWindow(context.Node.Id, Week, Instant, Instant.AddHours(2), [], []), "EUR", "UTC");
        var typed = CallFigures.All.ToDictionary(f => f, f => shown[f]);
        typed[CallFigure.MonthUpside] = 10m;
        var notes = new Dictionary<CallFigure, string> { [CallFigure.QuarterUpside] = "c slips", [CallFigure.MonthUpside] = "a small one" };
        IReadOnlyList<DealMoveRequest> moves =
        [
            new DealMoveRequest(Rep, DealId.From("b"), ForecastCategory.Commit, "b signs"),
            new DealMoveRequest(Rep, DealId.From("d"), ForecastCategory.Commit, "d too"),
        ];

        var entry = CallEntry.FromCard(view, Manager, typed, notes, moves);
        var call = ManagerCallRules.Accept(entry, context, Instant).Call!;

        Assert.Equal([new FigureChange(CallFigure.MonthUpside, 10m, "a small one"), new FigureChange(CallFigure.QuarterUpside, 90m, "c slips")], entry.Changes);
        Assert.Equal(new CallFigures(140m, 0m, 390m, 10m, 390m, 90m), call.Apply(RollUp)); // d adds 200 to the month and the quarter
    }

    internal static readonly DateTimeOffset Instant = new(2026, 11, 16, 10, 30, 0, TimeSpan.Zero);

    internal static CallEntry Entry(IReadOnlyList<FigureChange>? changes = null, IReadOnlyList<DealMoveRequest>? moves = null) =>
        new(NodeId.From("t"), Week, Manager, changes ?? [], moves ?? []);

    private static CallContext Context() =>
        new(
            OrgNode.ForTeam(TeamId.From("t"), "T") with { Managers = [Manager] },
            ReviewPeriod.For(Week, 1),
            RollUp,
            [.. Given.Deals(Deals).Select(d => new CallableDeal(TeamId.From("t"), Rep, d))]);
}
