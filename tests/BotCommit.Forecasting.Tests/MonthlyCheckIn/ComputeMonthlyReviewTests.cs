using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;
using BotCommit.Testing.InMemory;

namespace BotCommit.Forecasting.Tests.MonthlyCheckIn;

public sealed class ComputeMonthlyReviewTests
{
    // Team in UTC, default schedule: deadline Monday 07:00, summary 08:00. December 2026's due week is 2026-W50 (Monday
    // 12-07), November's 2026-W45 (11-02); November's last week is 2026-W49 (11-30).
    private static readonly YearMonth December = new(2026, 12);
    private static readonly TeamSettings Team = Given.Settings();
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryTeamSettingsStore _teams = new();
    private readonly InMemoryRosterStore _roster = new();
    private readonly InMemorySubmissionStore _submissions = new();
    private readonly InMemoryMonthlyForecastStore _forecasts = new();
    private readonly InMemoryActionLog _actions = new();

    private ComputeMonthlyReview Use() => new(_teams, _roster, _submissions, _forecasts, _actions);

    private async Task GivenTeam(TeamSettings? team = null, params Rep[] reps)
    {
        await _teams.SaveAsync(team ?? Team, null, None);
        foreach (var rep in reps)
        {
            await _roster.SaveAsync(rep, null, None);
        }
    }

    private async Task GivenSnapshot(string week, string deals, string rep = "rep-a", SubmissionStatus status = SubmissionStatus.Submitted, DateTimeOffset? at = null)
    {
        var submission = Given.Snapshot(Given.Week(week), deals, RepId.From(rep), status, at);
        await _submissions.SaveAsync(status == SubmissionStatus.Skipped ? submission with { SubmittedAt = at } : submission, null, None);
    }

    [Fact]
    public async Task GatherAsync_UnknownTeam_IsNull() =>
        Assert.Null(await Use().GatherAsync(Given.Team, December, None));

    [Fact]
    public async Task GatherAsync_ResolvesTheForecastsOfRecordOfMAndMMinus1_AndTheThreeSnapshots()
    {
        await GivenTeam(null, Given.Rep("rep-a"));
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-11", "50*12", actionPlan: "nov"), None);
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-12", "100*12", actionPlan: "dec"), None);
        // After the December deadline (Monday 07:00Z): a revision, not the record.
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-12", "999*12", submittedAt: "2026-12-07T07:30:00Z"), None);
        await GivenSnapshot("2026-W45", "d1 Pipeline 10 2027-01-10");
        await GivenSnapshot("2026-W49", "d1 Won 10 2026-11-30");
        await GivenSnapshot("2026-W50", "d2 Commit 30 2026-12-10");

        var input = (await Use().GatherAsync(Given.Team, December, None))!;

        var rep = Assert.Single(input.Reps);
        Assert.Equal(MonthlyForecastState.OnTime, rep.Forecast!.State);
        Assert.Equal(1200m, rep.Forecast.Forecast.TwelveMonthForecast);
        Assert.Equal("dec", rep.Forecast.Forecast.ActionPlan);
        Assert.Equal(600m, rep.PreviousForecast!.Forecast.TwelveMonthForecast);
        Assert.Equal(Given.Week("2026-W50"), rep.FirstSnapshot!.Week);
        Assert.Equal(Given.Week("2026-W45"), rep.PreviousFirstSnapshot!.Week);
        Assert.Equal(Given.Week("2026-W49"), rep.PreviousMonthLastSnapshot!.Week);
        Assert.False(rep.Away);

        var review = (await Use().ComputeAsync(Given.Team, December, None))!;
        Assert.Equal(1, review.OnTimeCount);
        Assert.Equal(1m, review.Compliance);
        Assert.Equal("dec", Assert.Single(review.ActionPlans).ActionPlan);
    }

    [Fact]
    public async Task GatherAsync_SilentRep_IsCarriedFromTheirLastRecord_OverSeveralMonths()
    {
        await GivenTeam(null, Given.Rep("rep-a"));
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-10", "1 2 3 4 5 6 7 8 9 10 11 12"), None);

        var input = (await Use().GatherAsync(Given.Team, December, None))!;

        var rep = Assert.Single(input.Reps);
        Assert.Equal(MonthlyForecastState.Carried, rep.Forecast!.State);
        Assert.Equal(MonthlyForecastState.Carried, rep.PreviousForecast!.State);
        // October's lines for 2026-12..2027-09 carried; 2027-10 and 2027-11 are 0.
        Assert.Equal(3m, rep.Forecast.Forecast.ForecastFor(December));
        Assert.Equal(0m, rep.Forecast.Forecast.ForecastFor(new YearMonth(2027, 11)));
        Assert.Equal(2m, rep.PreviousForecast.Forecast.ForecastFor(new YearMonth(2026, 11)));
    }

    [Fact]
    public async Task GatherAsync_FirstSubmissionAfterThePostedReview_IsNotTheRecord()
    {
        await GivenTeam(null, Given.Rep("rep-a"));
        await _actions.SaveAsync(
            new ActionRecord(Given.Team, Given.Week("2026-W50"), ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview)
            {
                State = ActionState.Completed,
                UpdatedAt = GivenMonthly.At("2026-12-07T07:10:00Z"),
            },
            null,
            None);
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-12", "100*12", submittedAt: "2026-12-07T07:20:00Z"), None);

        var input = (await Use().GatherAsync(Given.Team, December, None))!;

        Assert.Null(Assert.Single(input.Reps).Forecast);
    }

    [Fact]
    public async Task GatherAsync_AwayRepsAndTimelySkips_AreAway_LeaversAreOut_AndAHolidayMakesEveryoneAway()
    {
        var recordedBefore = GivenMonthly.At("2026-12-01T10:00:00Z");
        await GivenTeam(
            null,
            Given.Rep("rep-a") with { AwayUntil = new DateOnly(2026, 12, 11), AwayRecordedAt = recordedBefore },
            Given.Rep("rep-b"),
            Given.Rep("rep-c") with { LeftWeek = Given.Week("2026-W49") },
            Given.Rep("rep-d"));
        await GivenSnapshot("2026-W50", "d1 Commit 1 2026-12-10", "rep-b", SubmissionStatus.Skipped, recordedBefore);

        var input = (await Use().GatherAsync(Given.Team, December, None))!;

        Assert.Equal(["rep-a", "rep-b", "rep-d"], input.Reps.Select(r => r.Rep.Id.Value).Order(StringComparer.Ordinal));
        Assert.True(input.Reps.Single(r => r.Rep.Id.Value == "rep-a").Away);
        Assert.True(input.Reps.Single(r => r.Rep.Id.Value == "rep-b").Away);
        Assert.False(input.Reps.Single(r => r.Rep.Id.Value == "rep-d").Away);
        var review = (await Use().ComputeAsync(Given.Team, December, None))!;
        Assert.Equal(1, review.ExpectedCount);
        Assert.Equal(0m, review.Compliance);

        var holidayTeam = Team with
        {
            SkippedWeeks = new Dictionary<ForecastWeek, string> { [Given.Week("2026-W50")] = "Christmas" },
            HolidaysRecordedAt = new Dictionary<ForecastWeek, DateTimeOffset> { [Given.Week("2026-W50")] = recordedBefore },
        };
        var stored = (await _teams.GetAsync(Given.Team, None))!;
        await _teams.SaveAsync(holidayTeam, stored.Version, None);
        Assert.All((await Use().GatherAsync(Given.Team, December, None))!.Reps, r => Assert.True(r.Away));
    }

    [Fact]
    public async Task GatherAsync_MissingSnapshot_IsCarriedFromTheLatestEarlierOne()
    {
        await GivenTeam(null, Given.Rep("rep-a"));
        await GivenSnapshot("2026-W48", "d1 Pipeline 10 2027-01-10");

        var rep = Assert.Single((await Use().GatherAsync(Given.Team, December, None))!.Reps);

        Assert.Equal(SubmissionStatus.CarriedForward, rep.FirstSnapshot!.Status);
        Assert.Equal(Given.Week("2026-W50"), rep.FirstSnapshot.Week);
        Assert.Equal(SubmissionStatus.CarriedForward, rep.PreviousMonthLastSnapshot!.Status);
        Assert.Null(rep.PreviousFirstSnapshot);
    }
}
