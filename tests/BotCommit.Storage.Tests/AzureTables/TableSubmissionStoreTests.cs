using Azure.Core;
using Azure.Data.Tables;
using BotCommit.Forecasting.Ports;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableSubmissionStoreTests(AzuriteFixture azurite) : SubmissionStoreContract, IAsyncLifetime
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private readonly AzuriteScope _scope = new(azurite);

    protected override async Task<ISubmissionStore> CreateStoreAsync() => (await _scope.GetAsync()).Storage.Submissions;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    [Fact]
    public async Task ListWeekAsync_IsOneRequestOnOnePartition()
    {
        var storage = await _scope.GetAsync();
        foreach (var rep in new[] { Sample.Rep, Sample.OtherRep, Forecasting.Teams.RepId.From("third") })
        {
            await storage.Storage.Submissions.SaveAsync(Sample.Submission(Sample.Week, rep, Sample.Deals("d", 30)), null, s_none);
        }

        var recorder = new RequestRecorder();
        var options = AzuriteStorage.FastOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var recorded = new AzureTablesStorage(azurite.ConnectionString, storage.Storage.TablePrefix, options);

        var week = await recorded.Submissions.ListWeekAsync(Sample.Team, Sample.Week, s_none);

        Assert.Equal(3, week.Count);
        var request = Assert.Single(recorder.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Contains("$filter=PartitionKey eq 'team-a|2026-W49'", request.Uri, StringComparison.Ordinal);
        Assert.DoesNotContain("RowKey", request.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_StoresMoneyAsLongMinorUnitsAndDatesAsText()
    {
        var storage = await _scope.GetAsync();
        await storage.Storage.Submissions.SaveAsync(Sample.Submission(Sample.Deal("D1", 1234.5m)), null, s_none);

        var line = (await storage.Table("Submissions").GetEntityAsync<TableEntity>(
            "team-a|2026-W49", "00000000-0000-0000-0000-0000000000a1|0|D1", cancellationToken: s_none)).Value;
        var header = (await storage.Table("Submissions").GetEntityAsync<TableEntity>(
            "team-a|2026-W49", "00000000-0000-0000-0000-0000000000a1|~", cancellationToken: s_none)).Value;

        Assert.Equal(123450L, Assert.IsType<long>(line["AmountMinor"]));
        Assert.Equal("2026-12-09", line["CloseDate"]);
        Assert.Equal("Commit", line["Category"]);
        Assert.Equal("Submitted", header["Status"]);
        Assert.DoesNotContain(((IDictionary<string, object>)line).Values.Concat(((IDictionary<string, object>)header).Values), v => v is decimal or double or TimeSpan);
    }

    [Fact]
    public async Task SaveAsync_ManyDealsReplacedByOthers_LeavesNoRowsOfTheOldGeneration()
    {
        var storage = await _scope.GetAsync();
        var store = storage.Storage.Submissions;
        var version = await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("old", 60)), null, s_none);

        await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("new", 60)), version, s_none);

        var rows = await RowKeysAsync(storage.Table("Submissions"));
        Assert.Equal(61, rows.Count);
        Assert.Contains("00000000-0000-0000-0000-0000000000a1|~", rows);
        Assert.All(rows.Where(r => !r.EndsWith('~')), r => Assert.StartsWith("00000000-0000-0000-0000-0000000000a1|1|new", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_LeftoverLinesOfAnOldGeneration_AreInvisibleAndTheNextSaveRemovesThem()
    {
        var storage = await _scope.GetAsync();
        var store = storage.Storage.Submissions;
        var version = await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("old", 60)), null, s_none);
        version = await store.SaveAsync(Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("new", 60)), version, s_none);
        var ghost = new TableEntity("team-a|2026-W49", "00000000-0000-0000-0000-0000000000a1|0|ghost")
        {
            ["Position"] = 0, ["Account"] = "Ghost", ["DealName"] = "Left behind", ["Category"] = "Commit", ["AmountMinor"] = 100L,
            ["CloseDate"] = "2026-12-09", ["StagePercent"] = 90,
        };
        await storage.Table("Submissions").AddEntityAsync(ghost, s_none);

        var read = await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none);
        var listed = await store.ListWeekAsync(Sample.Team, Sample.Week, s_none);
        var last = Sample.Submission(Sample.Week, Sample.Rep, Sample.Deals("new", 10));
        await store.SaveAsync(last, read!.Version, s_none);

        Assert.DoesNotContain(read.Value.Deals, d => d.Id.Value == "ghost");
        Assert.DoesNotContain(Assert.Single(listed).Deals, d => d.Id.Value == "ghost");
        Assert.Equal(11, (await RowKeysAsync(storage.Table("Submissions"))).Count);
        Same.Submission(last, (await store.GetAsync(Sample.Team, Sample.Week, Sample.Rep, s_none))?.Value);
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardIds_WriteKeysWithoutForbiddenCharacters(string id)
    {
        var storage = await _scope.GetAsync();
        var submission = Sample.Submission(Sample.Week, Forecasting.Teams.RepId.From(id), [Sample.Deal("A")], Forecasting.Teams.TeamId.From(id));

        await storage.Storage.Submissions.SaveAsync(submission, null, s_none);

        await foreach (var row in storage.Table("Submissions").QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: s_none))
        {
            Assert.DoesNotContain(row.PartitionKey + row.RowKey, c => c is '/' or '\\' or '#' or '?' or <= '\u001F' or (>= '\u007F' and <= '\u009F'));
        }
    }

    private static async Task<List<string>> RowKeysAsync(TableClient table)
    {
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: s_none))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
