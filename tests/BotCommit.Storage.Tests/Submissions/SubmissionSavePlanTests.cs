using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Submissions;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.Submissions;

public sealed class SubmissionSavePlanTests
{
    private static SubmissionRowEntity Header(int generation) =>
        new() { RowKey = SubmissionKeys.HeaderRowKey(Sample.Rep), Generation = generation };

    private static List<SubmissionRowEntity> Stored(int generation, IEnumerable<string> dealIds, int? headerGeneration = null)
    {
        var rows = dealIds.Select(id => new SubmissionRowEntity { RowKey = SubmissionKeys.LineRowKey(Sample.Rep, generation, DealId.From(id)) }).ToList();
        rows.Add(Header(headerGeneration ?? generation));
        return rows;
    }

    private static IEnumerable<string> Ids(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:D3}");

    [Fact]
    public void Create_FirstSave_IsGenerationZeroWithoutDeletes()
    {
        var submission = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", 99));

        var plan = SubmissionSavePlan.Create(submission, null, []);

        Assert.Equal(0, plan.Generation);
        Assert.Empty(plan.DeleteInTransaction);
        Assert.Empty(plan.DeleteAfterwards);
    }

    [Fact]
    public void Create_ResubmissionThatFits_DeletesRemovedLinesInTheTransaction()
    {
        var submission = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", 50));
        var stored = Stored(3, Ids("d", 30).Concat(Ids("gone", 49)));

        var plan = SubmissionSavePlan.Create(submission, Header(3), stored);

        Assert.Equal(3, plan.Generation);
        Assert.Equal(49, plan.DeleteInTransaction.Count);
        Assert.All(plan.DeleteInTransaction, r => Assert.Contains("|3|gone", r.RowKey, StringComparison.Ordinal));
        Assert.Empty(plan.DeleteAfterwards);
    }

    [Fact]
    public void Create_OneActionTooMany_MovesToTheNextGeneration()
    {
        // header + 50 upserts + 50 deletes = 101 actions.
        var submission = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", 50));
        var stored = Stored(3, Ids("d", 30).Concat(Ids("gone", 50)));

        var plan = SubmissionSavePlan.Create(submission, Header(3), stored);

        Assert.Equal(4, plan.Generation);
        Assert.Empty(plan.DeleteInTransaction);
        Assert.Equal(80, plan.DeleteAfterwards.Count);
        Assert.All(plan.DeleteAfterwards, r => Assert.Contains("|3|", r.RowKey, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_LeftoversOfAnOldGeneration_AreDeletedWithTheNextInPlaceSave()
    {
        var submission = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", 2));
        var stored = Stored(2, Ids("d", 2));
        stored.Add(new SubmissionRowEntity { RowKey = SubmissionKeys.LineRowKey(Sample.Rep, 1, DealId.From("d001")) });

        var plan = SubmissionSavePlan.Create(submission, Header(2), stored);

        Assert.Equal(2, plan.Generation);
        Assert.Equal(SubmissionKeys.LineRowKey(Sample.Rep, 1, DealId.From("d001")), Assert.Single(plan.DeleteInTransaction).RowKey);
    }

    [Fact]
    public void Create_NextGeneration_NeverDeletesRowsItIsAboutToWrite()
    {
        // Leftovers already under the next generation (impossible in practice) must survive the clean-up.
        var submission = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("d", 60));
        var stored = Stored(0, Ids("old", 60));
        stored.Add(new SubmissionRowEntity { RowKey = SubmissionKeys.LineRowKey(Sample.Rep, 1, DealId.From("d001")) });

        var plan = SubmissionSavePlan.Create(submission, Header(0), stored);

        Assert.Equal(1, plan.Generation);
        Assert.Equal(60, plan.DeleteAfterwards.Count);
        Assert.DoesNotContain(plan.DeleteAfterwards, r => r.RowKey.EndsWith("|1|d001", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_EveryPlan_FitsOneTransaction()
    {
        for (var kept = 0; kept <= 99; kept += 11)
        {
            for (var removed = 0; removed <= 99; removed += 9)
            {
                var submission = Sample.Submission(Sample.Week, RepId.From(Sample.Rep.Value), Sample.Deals("d", kept));

                var plan = SubmissionSavePlan.Create(submission, Header(0), Stored(0, Ids("gone", removed)));

                Assert.True(1 + kept + plan.DeleteInTransaction.Count <= 100, $"kept {kept}, removed {removed}");
            }
        }
    }
}
