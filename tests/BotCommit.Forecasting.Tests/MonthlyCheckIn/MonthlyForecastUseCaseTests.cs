using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Forecasting.Tests.Monthly;
using BotCommit.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Forecasting.Tests.MonthlyCheckIn;

public sealed class MonthlyForecastUseCaseTests
{
    // December 2026: first Monday 2026-12-07 (2026-W50). Team in Europe/Berlin (UTC+1): deadline Monday 07:00 local =
    // 06:00Z, review (the summary time, 08:00 local) = 07:00Z.
    private static readonly YearMonth December = new(2026, 12);
    private static readonly TeamSettings Team = new(Given.Team) { TimeZoneId = "Europe/Berlin", Name = "Team" };
    private static readonly Rep RepA = Given.Rep("rep-a", "Ann");
    private static readonly DateTimeOffset Sunday = new(2026, 12, 6, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Review = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryMonthlyForecastStore _forecasts = new();
    private readonly InMemoryDealStore _deals = new();
    private readonly InMemoryActionLog _actions = new();
    private readonly InMemoryRosterStore _roster = new();
    private readonly InMemoryTeamSettingsStore _teams = new();
    private readonly FakeTimeProvider _clock = new(Sunday);

    private PrepareMonthlyForecast Prepare() =>
        new(new PrepareCheckIn(_teams, _roster, new InMemorySubmissionStore(), _deals, _clock), _forecasts, _deals, _clock);

    private RecordMonthlyForecast Record() => new(_forecasts, _actions, _clock);

    private static MonthlyForecastEntry[] Twelve(decimal each = 100m) => GivenMonthly.Entries("2026-12", $"{each}/5*12");

    [Fact]
    public async Task ForAsync_FirstForecast_IsEmpty_WithTheDueWeeksDeadline_AndPipelineHintsPerMonth()
    {
        await _deals.ReplaceAsync(Given.Team, RepA.Id, Given.Deals("d1 Commit 100 2026-12-10; d2 Upside 40 2026-12-20; d3 Pipeline 70 2027-02-01; d4 Lost 9 2026-12-02"), None);

        var view = await Prepare().ForAsync(Team, RepA, December, None);

        Assert.Equal(Deadline, view.Deadline);
        Assert.False(view.PastDeadline);
        Assert.Null(view.Latest);
        Assert.Null(view.Draft.PrefilledFrom);
        Assert.Equal(12, view.Draft.Months.Count);
        Assert.All(view.Draft.Months, m => Assert.Null(m.Forecast));
        Assert.Equal(new PipelineHint(100m, 40m, 0m, 0m), view.Draft.Months[0].Hint);
        Assert.Equal(new PipelineHint(0m, 0m, 70m, 0m), view.Draft.Months[2].Hint);
    }

    [Fact]
    public async Task ForAsync_AfterLastMonthsForecast_PrefillsTheOverlappingMonths_NotTheActionPlan()
    {
        await _forecasts.AddAsync(GivenMonthly.Forecast("2026-11", "10 20/2 30*10", actionPlan: "november plan"), None);

        var view = await Prepare().ForAsync(Team, RepA, December, None);

        Assert.Equal(new YearMonth(2026, 11), view.Draft.PrefilledFrom);
        Assert.Equal(20m, view.Draft.Months[0].Forecast);
        Assert.Equal(2m, view.Draft.Months[0].Upside);
        Assert.Equal(30m, view.Draft.Months[10].Forecast);
        Assert.Null(view.Draft.Months[11].Forecast);
        Assert.Null(view.ActionPlan);
    }

    [Fact]
    public async Task ForSenderAsync_UsesTheRosterAndTheSendersReviewWeeksMonth_AndShowsTheLatestSubmission()
    {
        await _teams.SaveAsync(Team, null, None);
        await _roster.SaveAsync(RepA, null, None);
        await Record().RecordAsync(await Prepare().ForAsync(Team, RepA, December, None), Twelve(), "call Contoso", None);

        var view = await Prepare().ForSenderAsync(RepA.Id, None);

        Assert.NotNull(view);
        Assert.Equal(December, view.Month);
        Assert.Equal("call Contoso", view.ActionPlan);
        Assert.All(view.Draft.Months, m => Assert.Equal(100m, m.Forecast));
        Assert.Null(await Prepare().ForSenderAsync(RepId.From("stranger"), None));
    }

    [Fact]
    public async Task RecordAsync_BeforeDeadline_IsOnTime_AndAnEditBeforeTheDeadlineBecomesTheRecord()
    {
        var view = await Prepare().ForAsync(Team, RepA, December, None);

        var first = await Record().RecordAsync(view, Twelve(100m), "  first plan  ", None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var edit = await Record().RecordAsync(first.Receipt!, Twelve(200m), null, None);

        Assert.Equal(MonthlySubmissionKind.OnTime, first.Kind);
        Assert.Equal("first plan", first.Stored!.ActionPlan);
        Assert.Equal(MonthlySubmissionKind.OnTime, edit.Kind);
        var stored = await _forecasts.ListRepAsync(Given.Team, December, RepA.Id, None);
        Assert.Equal(2, stored.Count);
        var record = MonthlyForecastResolver.Resolve(December, stored, Deadline, Review, null)!;
        Assert.Equal(2400m, record.Forecast.TwelveMonthForecast);
        Assert.Equal("Ann", record.Forecast.RepName);
        Assert.Equal(200m, edit.Receipt!.Draft.Months[5].Forecast);
    }

    [Fact]
    public async Task RecordAsync_BrokenRules_StoresNothing_AndSaysWhichField()
    {
        var view = await Prepare().ForAsync(Team, RepA, December, None);
        var entries = Twelve();
        entries[3] = entries[3] with { Forecast = null };
        entries[4] = entries[4] with { Upside = -1m };

        var result = await Record().RecordAsync(view, entries, "one\ntwo", None);

        Assert.False(result.Accepted);
        Assert.Contains(result.Violations, v => v.Rule == MonthlyForecastRule.ForecastMissing && v.Month == December.AddMonths(3));
        Assert.Contains(result.Violations, v => v.Rule == MonthlyForecastRule.AmountNegative && v.Field == MonthlyForecastField.Upside);
        Assert.Contains(result.Violations, v => v.Rule == MonthlyForecastRule.ActionPlanNotOneLine);
        Assert.Empty(await _forecasts.ListMonthAsync(Given.Team, December, None));
    }

    [Fact]
    public async Task RecordAsync_AboveTheTeamsCeiling_IsRefused()
    {
        var view = await Prepare().ForAsync(Team with { AmountCeiling = 1000m }, RepA, December, None);

        var result = await Record().RecordAsync(view, Twelve(1000.01m), null, None);

        Assert.Contains(result.Violations, v => v.Rule == MonthlyForecastRule.AmountAboveCeiling);
        Assert.Empty(await _forecasts.ListMonthAsync(Given.Team, December, None));
    }

    [Fact]
    public async Task RecordAsync_FirstAfterDeadline_IsLate_TheNextIsARevision_AndTheRecordStays()
    {
        _clock.SetUtcNow(Deadline.AddMinutes(1));
        var view = await Prepare().ForAsync(Team, RepA, December, None);

        var late = await Record().RecordAsync(view, Twelve(100m), null, None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var revision = await Record().RecordAsync(late.Receipt!, Twelve(300m), null, None);

        Assert.True(view.PastDeadline);
        Assert.Equal(MonthlySubmissionKind.Late, late.Kind);
        Assert.Equal(MonthlySubmissionKind.Revision, revision.Kind);
        var record = MonthlyForecastResolver.Resolve(December, await _forecasts.ListRepAsync(Given.Team, December, RepA.Id, None), Deadline, Review, null)!;
        Assert.Equal(MonthlyForecastState.Late, record.State);
        Assert.Equal(1200m, record.Forecast.TwelveMonthForecast);
    }

    [Fact]
    public async Task RecordAsync_OnTimeThenAfterDeadline_IsARevision()
    {
        var view = await Prepare().ForAsync(Team, RepA, December, None);
        await Record().RecordAsync(view, Twelve(100m), null, None);
        _clock.SetUtcNow(Deadline.AddSeconds(1));

        var result = await Record().RecordAsync(view, Twelve(1m), null, None);

        Assert.Equal(MonthlySubmissionKind.Revision, result.Kind);
    }

    [Fact]
    public async Task RecordAsync_FirstAfterTheScheduledReview_IsARevision()
    {
        _clock.SetUtcNow(Review.AddSeconds(1));
        var view = await Prepare().ForAsync(Team, RepA, December, None);

        Assert.Equal(MonthlySubmissionKind.Revision, (await Record().RecordAsync(view, Twelve(), null, None)).Kind);
    }

    [Fact]
    public async Task RecordAsync_FirstAfterDeadline_AfterTheReviewWasPostedEarly_IsARevision()
    {
        var posted = Deadline.AddMinutes(10);
        await _actions.SaveAsync(
            new ActionRecord(Given.Team, MonthlyCalendar.DueWeek(December), ActionRecord.TeamSubject, ScheduledActionKind.MonthlyReview)
            {
                State = ActionState.Completed,
                UpdatedAt = posted,
            },
            null,
            None);
        _clock.SetUtcNow(posted.AddMinutes(1));
        var view = await Prepare().ForAsync(Team, RepA, December, None);

        Assert.Equal(MonthlySubmissionKind.Revision, (await Record().RecordAsync(view, Twelve(), null, None)).Kind);
    }
}
