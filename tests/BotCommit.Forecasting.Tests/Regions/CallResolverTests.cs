using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Tests.Regions;

/// <summary>Deadline: Tuesday 2026-11-17 11:00 UTC (emea's, 12:00 Berlin).</summary>
public class CallResolverTests
{
    private static readonly NodeId Emea = NodeId.From("emea");
    private static readonly DateTimeOffset Deadline = new(2026, 11, 17, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_TwoManagersBeforeTheDeadlineAndOneAfter_LastBeforeIsTheRecordTheOtherARevision()
    {
        var first = Call("m-emea", Deadline.AddHours(-3), 900m);
        var second = Call("m-emea-2", Deadline.AddHours(-1), 950m);
        var late = Call("m-emea", Deadline.AddHours(20), 700m);

        var resolved = CallResolver.Resolve(Emea, Given.Week("2026-W47"), Deadline, [late, second, first]);

        Assert.Same(second, resolved.Record);
        Assert.Equal("m-emea-2", resolved.Record!.Submitter.Value); // one call, the last submitter named
        Assert.Equal([late], resolved.Revisions);
        Assert.Same(late, resolved.Latest);
        Assert.False(resolved.NoCall);
    }

    [Fact]
    public void Resolve_SubmittedExactlyAtTheDeadline_Counts_SameInstantGoesToTheLaterOne()
    {
        var a = Call("m-emea", Deadline, 1m);
        var b = Call("m-emea-2", Deadline, 2m);

        var resolved = CallResolver.Resolve(Emea, Given.Week("2026-W47"), Deadline, [a, b]);

        Assert.Same(b, resolved.Record);
        Assert.Empty(resolved.Revisions);
    }

    [Fact]
    public void Resolve_OnlyAfterTheDeadline_IsNoCallWithRevisions()
    {
        var late = Call("m-emea", Deadline.AddMinutes(1), 1m);

        var resolved = CallResolver.Resolve(Emea, Given.Week("2026-W47"), Deadline, [late]);

        Assert.True(resolved.NoCall);
        Assert.Null(resolved.Record);
        Assert.Same(late, resolved.Latest);
    }

    [Fact]
    public void Resolve_CallOfAnotherNode_Throws()
    {
        Assert.Throws<ArgumentException>(() => CallResolver.Resolve(NodeId.From("apac"), Given.Week("2026-W47"), Deadline, [Call("m", Deadline, 1m)]));
    }

    private static CallSubmission Call(string manager, DateTimeOffset at, decimal thisWeekCommit) =>
        new(Emea, Given.Week("2026-W47"), RepId.From(manager), at, [new FigureChange(CallFigure.ThisWeekCommit, thisWeekCommit, "n")], []);
}
