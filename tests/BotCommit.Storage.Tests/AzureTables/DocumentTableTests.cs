using BotCommit.Forecasting.Ports;
using BotCommit.Storage.AzureTables.Documents;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class DocumentTableTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Scope = "conversations";
    private const string Reference = """{"serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"a:1Xy/z=="}}""";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private readonly AzuriteScope _scope = new(azurite);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    private async Task<DocumentTable> TableAsync() => (await _scope.GetAsync()).Storage.Documents;

    [Fact]
    public async Task SaveAsync_Create_ThenGetReturnsTheJsonAndETag()
    {
        var documents = await TableAsync();

        var etag = await documents.SaveAsync(Scope, "rep-1", Reference, null, s_none);
        var found = await documents.GetAsync(Scope, "rep-1", s_none);

        Assert.Equal((Reference, etag), found);
        Assert.Null(await documents.GetAsync(Scope, "rep-2", s_none));
        Assert.Null(await documents.GetAsync("other", "rep-1", s_none));
    }

    [Fact]
    public async Task SaveAsync_Versions_CreateOnlyAndStaleAreRefused()
    {
        var documents = await TableAsync();
        var first = await documents.SaveAsync(Scope, "rep-1", "{\"v\":1}", null, s_none);
        var second = await documents.SaveAsync(Scope, "rep-1", "{\"v\":2}", first, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => documents.SaveAsync(Scope, "rep-1", "{}", null, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => documents.SaveAsync(Scope, "rep-1", "{}", first, s_none));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => documents.SaveAsync(Scope, "missing", "{}", second, s_none));

        Assert.Equal(("{\"v\":2}", second), await documents.GetAsync(Scope, "rep-1", s_none));
    }

    [Fact]
    public async Task UpsertAsync_WritesWhateverIsThere()
    {
        var documents = await TableAsync();
        await documents.SaveAsync(Scope, "rep-1", "{\"v\":1}", null, s_none);

        var etag = await documents.UpsertAsync(Scope, "rep-1", "{\"v\":3}", s_none);
        var created = await documents.UpsertAsync(Scope, "rep-2", "{\"v\":4}", s_none);

        Assert.Equal(("{\"v\":3}", etag), await documents.GetAsync(Scope, "rep-1", s_none));
        Assert.Equal(("{\"v\":4}", created), await documents.GetAsync(Scope, "rep-2", s_none));
    }

    [Fact]
    public async Task ListAsync_ReturnsThatScopeOnly_WithOriginalKeys()
    {
        var documents = await TableAsync();
        var longKey = "a:" + new string('x', 1500);
        await documents.SaveAsync(Scope, "19:abc@thread.tacv2;messageid=1", "{\"c\":1}", null, s_none);
        await documents.SaveAsync(Scope, longKey, "{\"c\":2}", null, s_none);
        await documents.SaveAsync(Scope, "rep/with#odd?chars", "{\"c\":3}", null, s_none);
        await documents.SaveAsync("channels", "19:abc@thread.tacv2;messageid=1", "{\"c\":4}", null, s_none);

        var listed = await documents.ListAsync(Scope, s_none);

        Assert.Equal(
            new[] { "19:abc@thread.tacv2;messageid=1", longKey, "rep/with#odd?chars" }.Order(StringComparer.Ordinal),
            listed.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(listed, d => Assert.Equal(Scope, d.Scope));
        Assert.Equal("{\"c\":2}", listed.Single(d => d.Key == longKey).Json);
        Assert.Equal(("{\"c\":2}", listed.Single(d => d.Key == longKey).ETag), await documents.GetAsync(Scope, longKey, s_none));
    }

    [Theory]
    [MemberData(nameof(Sample.AwkwardIds), MemberType = typeof(Sample))]
    public async Task SaveAsync_AwkwardScopesAndKeys_RoundTrip(string id)
    {
        var documents = await TableAsync();

        var etag = await documents.SaveAsync(id, id, Reference, null, s_none);

        Assert.Equal((Reference, etag), await documents.GetAsync(id, id, s_none));
        Assert.Equal(id, Assert.Single(await documents.ListAsync(id, s_none)).Key);
    }

    [Fact]
    public async Task SaveAsync_JsonAtTheLimitRoundTrips_AndBeyondIsRefused()
    {
        var documents = await TableAsync();
        var atLimit = "\"" + string.Concat(Enumerable.Repeat("é😀", (DocumentTable.MaxJsonLength - 2) / 3)) + "\"";
        atLimit = atLimit.PadRight(DocumentTable.MaxJsonLength, ' ');

        await documents.SaveAsync(Scope, "big", atLimit, null, s_none);

        Assert.Equal(atLimit, (await documents.GetAsync(Scope, "big", s_none))?.Json);
        await Assert.ThrowsAsync<ArgumentException>(() => documents.SaveAsync(Scope, "bigger", atLimit + " ", null, s_none));
    }

    [Fact]
    public async Task DeleteAsync_ExistingTrue_MissingFalse_StaleETagConflicts()
    {
        var documents = await TableAsync();
        var stale = await documents.SaveAsync(Scope, "a", "{}", null, s_none);
        var current = await documents.SaveAsync(Scope, "a", "{\"v\":2}", stale, s_none);
        await documents.SaveAsync(Scope, "b", "{}", null, s_none);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => documents.DeleteAsync(Scope, "a", stale, s_none));
        var deletedWithETag = await documents.DeleteAsync(Scope, "a", current, s_none);
        var deletedAnyway = await documents.DeleteAsync(Scope, "b", null, s_none);
        var missing = await documents.DeleteAsync(Scope, "b", null, s_none);

        Assert.Equal((true, true, false), (deletedWithETag, deletedAnyway, missing));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => documents.DeleteAsync(Scope, "a", current, s_none));
        Assert.Empty(await documents.ListAsync(Scope, s_none));
    }
}
