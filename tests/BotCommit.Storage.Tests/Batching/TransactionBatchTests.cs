using Azure.Data.Tables;
using BotCommit.Storage.AzureTables.Batching;

namespace BotCommit.Storage.Tests.Batching;

public sealed class TransactionBatchTests
{
    private static TableTransactionAction Upsert(string partition, string row) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row));

    private static List<TableTransactionAction> Actions(int count, string partition = "p") =>
        Enumerable.Range(0, count).Select(i => Upsert(partition, $"r{i}")).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(100)]
    public void Validate_UpToOneHundredActionsOnOnePartition_Passes(int count)
    {
        var exception = Record.Exception(() => TransactionBatch.Validate(Actions(count)));

        Assert.Null(exception);
    }

    [Fact]
    public void Validate_OneHundredAndOneActions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => TransactionBatch.Validate(Actions(101)));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoActions_Throws()
    {
        Assert.Throws<ArgumentException>(() => TransactionBatch.Validate([]));
    }

    [Theory]
    [InlineData("p2")]
    [InlineData("P")]
    [InlineData("")]
    public void Validate_ActionsOnTwoPartitions_Throws(string otherPartition)
    {
        var actions = Actions(3);
        actions.Add(Upsert(otherPartition, "x"));

        var error = Assert.Throws<ArgumentException>(() => TransactionBatch.Validate(actions));

        Assert.Contains("one partition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameRowTwice_Throws()
    {
        var actions = Actions(3);
        actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", "r1")));

        Assert.Throws<ArgumentException>(() => TransactionBatch.Validate(actions));
    }

    [Fact]
    public async Task SubmitAsync_InvalidBatch_ThrowsBeforeAnyRequest()
    {
        // The endpoint does not exist: reaching it would fail differently (and slowly).
        var table = new TableClient(new Uri("http://127.0.0.1:9/devstoreaccount1/none"), "none", new TableSharedKeyCredential("devstoreaccount1", "AAAA"));

        await Assert.ThrowsAsync<ArgumentException>(() => TransactionBatch.SubmitAsync(table, Actions(101), CancellationToken.None));
    }
}
