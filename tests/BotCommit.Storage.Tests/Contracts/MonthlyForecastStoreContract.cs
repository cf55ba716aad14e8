using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="IMonthlyForecastStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class MonthlyForecastStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly YearMonth s_month = new(2026, 12);
    private static readonly DateTimeOffset s_at = new(2026, 12, 6, 9, 30, 0, 123, TimeSpan.FromHours(8));

    protected abstract Task<IMonthlyForecastStore> CreateStoreAsync();

    private static MonthlyForecast Forecast(TeamId team, RepId rep, YearMonth month, DateTimeOffset at, decimal first = 1_234_567.89m, string? plan = "Close «大单» 🚀 with Contoso") =>
        new(team, rep, month, [.. MonthlyCalendar.Window(month).Select((m, i) => new MonthForecastLine(m, i == 0 ? first : 1000m * i + 0.5m, i == 11 ? 0m : 10.01m * i))])
        {
            ActionPlan = plan,
            SubmittedAt = at,
            RepName = "Wáng 王 O'Brien",
        };

    private static void Same(MonthlyForecast expected, MonthlyForecast actual)
    {
        Assert.Equal(expected.Team, actual.Team);
        Assert.Equal(expected.Rep, actual.Rep);
        Assert.Equal(expected.Month, actual.Month);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.ActionPlan, actual.ActionPlan);
        Assert.Equal(expected.RepName, actual.RepName);
        Assert.Equal(expected.SubmittedAt!.Value.UtcTicks, actual.SubmittedAt!.Value.UtcTicks);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task AddAsync_ThenList_RoundTripsEveryField(string id)
    {
        var store = await CreateStoreAsync();
        var forecast = Forecast(TeamId.From(id), RepId.From(id), s_month, s_at);

        Assert.True(await store.AddAsync(forecast, s_none));

        Same(forecast, Assert.Single(await store.ListMonthAsync(TeamId.From(id), s_month, s_none)));
        Same(forecast, Assert.Single(await store.ListRepAsync(TeamId.From(id), s_month, RepId.From(id), s_none)));
        Assert.Empty(await store.ListMonthAsync(TeamId.From(id), s_month.AddMonths(1), s_none));
    }

    [Fact]
    public async Task AddAsync_WithoutActionPlan_RoundTripsNull()
    {
        var store = await CreateStoreAsync();
        var forecast = Forecast(Sample.Team, Sample.Rep, s_month, s_at, plan: null);

        await store.AddAsync(forecast, s_none);

        Assert.Null(Assert.Single(await store.ListMonthAsync(Sample.Team, s_month, s_none)).ActionPlan);
    }

    [Fact]
    public async Task AddAsync_SameInstantTwice_KeepsTheFirst_AndSaysSo()
    {
        var store = await CreateStoreAsync();
        var forecast = Forecast(Sample.Team, Sample.Rep, s_month, s_at);

        Assert.True(await store.AddAsync(forecast, s_none));
        Assert.False(await store.AddAsync(Forecast(Sample.Team, Sample.Rep, s_month, s_at, first: 1m, plan: "other"), s_none));

        Same(forecast, Assert.Single(await store.ListMonthAsync(Sample.Team, s_month, s_none)));
    }

    [Fact]
    public async Task AddAsync_WithoutInstant_Throws()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(Forecast(Sample.Team, Sample.Rep, s_month, s_at) with { SubmittedAt = null }, s_none));
    }

    [Fact]
    public async Task ListMonthAsync_OrdersByRepThenInstant_AndKeepsTeamsApart()
    {
        var store = await CreateStoreAsync();
        var later = Forecast(Sample.Team, Sample.Rep, s_month, s_at.AddHours(2), first: 2m);
        var other = Forecast(Sample.Team, Sample.OtherRep, s_month, s_at.AddHours(-5));
        var first = Forecast(Sample.Team, Sample.Rep, s_month, s_at, first: 1m);
        await store.AddAsync(later, s_none);
        await store.AddAsync(other, s_none);
        await store.AddAsync(first, s_none);
        await store.AddAsync(Forecast(Sample.OtherTeam, Sample.Rep, s_month, s_at), s_none);

        var found = await store.ListMonthAsync(Sample.Team, s_month, s_none);

        Assert.Equal(3, found.Count);
        Same(first, found[0]);
        Same(later, found[1]);
        Same(other, found[2]);
        Assert.Equal(2, (await store.ListRepAsync(Sample.Team, s_month, Sample.Rep, s_none)).Count);
        Same(other, Assert.Single(await store.ListRepAsync(Sample.Team, s_month, Sample.OtherRep, s_none)));
    }

    [Fact]
    public async Task GetLatestBeforeAsync_FindsTheLatestSubmissionOfTheLatestEarlierMonth_WithinTheLimit()
    {
        var store = await CreateStoreAsync();
        var october = new YearMonth(2026, 10);
        await store.AddAsync(Forecast(Sample.Team, Sample.Rep, october, s_at.AddMonths(-2)), s_none);
        var revision = Forecast(Sample.Team, Sample.Rep, october, s_at.AddMonths(-1), first: 7m);
        await store.AddAsync(revision, s_none);
        await store.AddAsync(Forecast(Sample.Team, Sample.Rep, s_month, s_at), s_none);
        await store.AddAsync(Forecast(Sample.Team, Sample.OtherRep, new YearMonth(2026, 11), s_at), s_none);

        Same(revision, (await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, s_month, 12, s_none))!);
        Assert.Null(await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, s_month, 1, s_none));
        Assert.Null(await store.GetLatestBeforeAsync(Sample.Team, Sample.Rep, october, 12, s_none));
        Assert.Null(await store.GetLatestBeforeAsync(Sample.OtherTeam, Sample.Rep, s_month, 12, s_none));
    }
}
