using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>What every <see cref="ICallStore"/> must do; run against the in-memory fake and Azure Tables.</summary>
public abstract class CallStoreContract
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly DateTimeOffset s_monday = new(2026, 11, 30, 11, 0, 0, 123, TimeSpan.Zero);

    protected abstract Task<ICallStore> CreateStoreAsync();

    private static CallSubmission Call(string node, RepId submitter, DateTimeOffset at, string note = "Big deal slipped «大单» 🚀") => new(
        NodeId.From(node),
        Sample.Week,
        submitter,
        at,
        [new FigureChange(CallFigure.ThisWeekCommit, 1_234_567.89m, note), new FigureChange(CallFigure.QuarterUpside, 0.01m, "q")],
        [new MovedDeal(
            Sample.TeamsChannelTeam, Sample.Rep, DealId.From("deal-1_X"), ForecastCategory.Upside, ForecastCategory.Commit, 250_000.5m,
            new DateOnly(2026, 12, 3), new CallFigures(250_000.5m, -250_000.5m, 250_000.5m, -250_000.5m, 250_000.5m, -250_000.5m), "customer signed LOI")
        {
            Account = "Acme «华东» 🚀",
            Name = "Renewal · 续约",
        }]);

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task AddSubmissionAsync_ThenList_RoundTripsEveryField(string node)
    {
        var store = await CreateStoreAsync();
        var call = Call(node, Sample.Rep, s_monday);

        await store.AddSubmissionAsync(call, s_none);

        var found = Assert.Single(await store.ListSubmissionsAsync(NodeId.From(node), Sample.Week, s_none));
        SameCall(call, found);
        Assert.Empty(await store.ListSubmissionsAsync(NodeId.From(node), Sample.Week.Next, s_none));
    }

    [Fact]
    public async Task AddSubmissionAsync_Later_IsKeptBesideTheFirst_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var later = Call("r", Sample.OtherRep, s_monday.AddHours(3), "revised");
        var first = Call("r", Sample.Rep, s_monday);

        await store.AddSubmissionAsync(later, s_none);
        await store.AddSubmissionAsync(first, s_none);

        var found = await store.ListSubmissionsAsync(NodeId.From("r"), Sample.Week, s_none);
        Assert.Equal(2, found.Count);
        SameCall(first, found[0]);
        SameCall(later, found[1]);
    }

    [Fact]
    public async Task AddSubmissionAsync_SameSubmissionTwice_KeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        var call = Call("r", Sample.Rep, s_monday);

        await store.AddSubmissionAsync(call, s_none);
        await store.AddSubmissionAsync(call with { Changes = [] }, s_none);

        SameCall(call, Assert.Single(await store.ListSubmissionsAsync(NodeId.From("r"), Sample.Week, s_none)));
    }

    [Fact]
    public async Task AddRecordAsync_IsWriteOnce_TheFirstStands()
    {
        var store = await CreateStoreAsync();
        var node = NodeId.From("19:abc@thread.tacv2;messageid=1");
        var record = new CallRecord(node, Sample.Week, new CallFigures(1m, 2m, 3.5m, 4m, 5m, 6.25m), new CallFigures(7m, 2m, 8m, 4m, 9m, 6.25m), Sample.Rep, 123_456.78m);

        Assert.True(await store.AddRecordAsync(record, s_none));
        Assert.False(await store.AddRecordAsync(record with { Call = CallFigures.Zero, CalledBy = null }, s_none));

        Assert.Equal(record, Assert.Single(await store.ListRecordsAsync(node, Sample.Week, Sample.Week.Next, s_none)));
    }

    [Fact]
    public async Task ListRecordsAsync_ReturnsTheRangeOfTheNode_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var node = NodeId.From("r");
        var weeks = Enumerable.Range(0, 15).Select(i => ForecastWeek.FromMonday(new DateOnly(2026, 12, 28).AddDays(-7 * i))).ToList();
        foreach (var week in weeks)
        {
            await store.AddRecordAsync(new CallRecord(node, week, CallFigures.Zero, CallFigures.Zero, null, 1m), s_none);
        }

        await store.AddRecordAsync(new CallRecord(NodeId.From("other"), weeks[0], CallFigures.Zero, CallFigures.Zero, null, 1m), s_none);

        var found = await store.ListRecordsAsync(node, weeks[13], weeks[0], s_none);

        Assert.Equal(weeks.Skip(1).Take(13).Reverse(), found.Select(r => r.Week));
        Assert.All(found, r => Assert.True(r.NoCall));
    }

    private static void SameCall(CallSubmission expected, CallSubmission actual)
    {
        Assert.Equal(expected.Node, actual.Node);
        Assert.Equal(expected.Week, actual.Week);
        Assert.Equal(expected.Submitter, actual.Submitter);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
        Assert.Equal(expected.Changes, actual.Changes);
        Assert.Equal(expected.Moves, actual.Moves);
    }
}
