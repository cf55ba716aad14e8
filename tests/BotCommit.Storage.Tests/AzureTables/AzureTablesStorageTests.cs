using BotCommit.Storage.AzureTables;
using BotCommit.Storage.Tests.Azurite;

namespace BotCommit.Storage.Tests.AzureTables;

public sealed class AzureTablesStoragePrefixTests
{
    private const string ConnectionString = "UseDevelopmentStorage=true";

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Test42")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghij")]
    public void Constructor_ValidPrefix_NamesEveryTableWithIt(string prefix)
    {
        var storage = new AzureTablesStorage(ConnectionString, prefix);

        Assert.Equal(14, storage.TableNames.Count); // Revisions (issue #14) is the tenth; OrgTree, Calls, CallRecords (issue #17); MonthlyForecasts (issue #18)
        Assert.All(storage.TableNames, n => Assert.StartsWith(prefix, n, StringComparison.Ordinal));
        Assert.All(storage.TableNames, n => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", n));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("with-dash")]
    [InlineData("with space")]
    [InlineData("ümlaut")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijX")]
    public void Constructor_InvalidPrefix_Throws(string prefix)
    {
        Assert.Throws<ArgumentException>(() => new AzureTablesStorage(ConnectionString, prefix));
    }
}

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AzureTablesStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InitializeAsync_CreatesEveryTable_AndIsIdempotent()
    {
        var storage = new AzureTablesStorage(azurite.ConnectionString, "init" + Guid.NewGuid().ToString("N")[..12], AzuriteStorage.FastOptions());
        var service = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString, AzuriteStorage.FastOptions());

        await storage.InitializeAsync(CancellationToken.None);
        await storage.InitializeAsync(CancellationToken.None);

        var existing = new List<string>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(storage.TablePrefix) >= 0, cancellationToken: CancellationToken.None))
        {
            existing.Add(table.Name);
        }

        await storage.DeleteTablesAsync(CancellationToken.None);
        Assert.Subset(existing.ToHashSet(), storage.TableNames.ToHashSet());
    }
}
