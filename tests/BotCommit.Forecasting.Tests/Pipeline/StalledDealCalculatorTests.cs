using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Pipeline;

namespace BotCommit.Forecasting.Tests.Pipeline;

public class StalledDealCalculatorTests
{
    private static readonly ForecastWeek W47 = ForecastWeek.Parse("2026-W47");

    [Theory]
    [InlineData("same stage seven weeks", "s50 s50 s50 s50 s50 s50 s50", 42, "LongInStage")] // W41..W47
    [InlineData("six weeks", "- s50 s50 s50 s50 s50 s50", 35, "")]
    [InlineData("stage changed in W47", "s50 s50 s50 s50 s50 s50 s60", 0, "")]
    [InlineData("stage changed back", "s60 s60 s60 s50 s60 s60 s60", 14, "")] // the run restarts after the 50 % week (W45)
    [InlineData("closing stage never long", "s90 s90 s90 s90 s90 s90 s90", 42, "")]
    [InlineData("gap week ends the run", "s50 s50 s50 gap s50 s50 s50", 14, "")]
    [InlineData("missing deal ends the run", "s50 s50 s50 none s50 s50 s50", 14, "")]
    public void Histories_DaysInStage_CountTheConsecutiveRun(string row, string weeks, int days, string reasons)
    {
        var history = Weeks(weeks, stage => $"d Pipeline 100 2027-01-01 {stage}");

        var deal = StalledDealCalculator.Histories(W47, history).Single();

        Assert.True(days == deal.DaysInStage, $"{row}: {deal.DaysInStage}");
        Assert.Equal(reasons, string.Join('+', StalledDealCalculator.ReasonsFor(deal)));
    }

    [Theory]
    [InlineData("two slips", "2026-12-01 2026-12-01 2026-12-08 2026-12-08 2026-12-15 2026-12-15 2026-12-15", 2)]
    [InlineData("slip then pull-in then slip", "2026-12-01 2026-12-08 2026-12-01 2026-12-08 2026-12-08 2026-12-08 2026-12-08", 2)]
    [InlineData("only pulled in", "2026-12-31 2026-12-20 2026-12-10 2026-12-10 2026-12-10 2026-12-10 2026-12-10", 0)]
    [InlineData("across a gap", "2026-12-01 gap 2026-12-09 2026-12-09 2026-12-09 2026-12-09 2026-12-09", 1)]
    public void Histories_Slips_CountLaterCloseDates(string row, string closeDates, int slips)
    {
        var history = Weeks(closeDates, date => $"d Commit 100 {date} s90");

        var deal = StalledDealCalculator.Histories(W47, history).Single();

        Assert.True(slips == deal.SlipCount, $"{row}: {deal.SlipCount}");
        Assert.Equal(slips >= 2, StalledDealCalculator.ReasonsFor(deal).Contains(StallReason.RepeatedSlips));
    }

    [Fact]
    public void Histories_CloseDateOfAWonOrLostDeal_IsNoSlip()
    {
        var history = Weeks(
            "x x x x x x x",
            _ => "d Pipeline 100 2026-12-01 s50",
            ("2026-W44", "d Lost 100 2026-12-20 s50"),
            ("2026-W45", "d Pipeline 100 2027-01-20 s50"));

        var deal = StalledDealCalculator.Histories(W47, history).Single();

        Assert.Equal(0, deal.SlipCount); // Pipeline 12-01 -> Lost 12-20 -> reopened 2027-01-20: both moves touch a closed state
        Assert.Equal(14, deal.DaysInStage); // reopened in W45
    }

    [Fact]
    public void Histories_WonAndLostDeals_AreLeftOut()
    {
        var history = new RepSnapshotHistory(Given.RepA, "A", [Given.Snapshot(W47, "a Won 1 2026-11-10; b Lost 2 2026-11-10; c Upside 3 2026-12-01")]);

        Assert.Equal(["c"], StalledDealCalculator.Histories(W47, history).Select(h => h.Deal.Id.Value));
        Assert.Empty(StalledDealCalculator.Histories(W47.Next, history));
    }

    [Fact]
    public void Histories_LaterSnapshots_AreIgnored()
    {
        var history = Weeks("s50 s50 s50 s50 s50 s50 s50", stage => $"d Pipeline 100 2027-01-01 {stage}");
        var withLater = new RepSnapshotHistory(Given.RepA, "A", [.. history.Snapshots, Given.Snapshot(W47.Next, "d Pipeline 100 2027-03-01 s60")]);

        var deal = StalledDealCalculator.Histories(W47, withLater).Single();

        Assert.Equal((42, 0, Stage.From(50)), (deal.DaysInStage, deal.SlipCount, deal.Deal.Stage));
    }

    /// <summary>
    /// Snapshots for W41..W47, one token per week: "gap" = no snapshot that week, "none" = a snapshot without the deal,
    /// anything else is passed to <paramref name="deal"/>; <paramref name="overrides"/> replace whole weeks.
    /// </summary>
    private static RepSnapshotHistory Weeks(string tokens, Func<string, string> deal, params (string Week, string Deals)[] overrides)
    {
        var snapshots = tokens.Split(' ')
            .Select((token, i) => (Week: ForecastWeek.Parse("2026-W41").Monday.AddDays(7 * i), Token: token))
            .Where(w => w.Token != "gap" && w.Token != "-")
            .Select(w =>
            {
                var week = ForecastWeek.FromMonday(w.Week);
                var forWeek = overrides.FirstOrDefault(o => o.Week == week.ToString()).Deals;
                return Given.Snapshot(week, forWeek ?? (w.Token == "none" ? "" : deal(w.Token)));
            });
        return new RepSnapshotHistory(Given.RepA, "A", snapshots);
    }
}
