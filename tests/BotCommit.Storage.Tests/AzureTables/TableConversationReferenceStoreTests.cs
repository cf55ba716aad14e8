using System.Text.Json;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;
using BotCommit.Storage.AzureTables.Conversations;
using BotCommit.Storage.Tests.Azurite;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.AzureTables;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite) : ConversationReferenceStoreContract, IAsyncLifetime
{
    private readonly AzuriteScope _scope = new(azurite);

    protected override async Task<IConversationReferenceStore> CreateStoreAsync() => (await _scope.GetAsync()).Storage.Conversations;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _scope.DropTablesAsync();

    [Fact]
    public async Task GetForUserAsync_AnIndexWrittenBeforeTheCopyExisted_IsFollowed()
    {
        var storage = (await _scope.GetAsync()).Storage;
        var reference = new ConversationReference
        {
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "a:old-chat", ConversationType = "personal" },
        };
        await storage.Documents.UpsertAsync(
            TableConversationReferenceStore.ConversationScope, "a:old-chat", JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference), CancellationToken.None);
        await storage.Documents.UpsertAsync(TableConversationReferenceStore.PersonalChatScope, "AAAA", JsonSerializer.Serialize("a:old-chat"), CancellationToken.None);

        Assert.Equal("a:old-chat", (await storage.Conversations.GetForUserAsync("aaaa", CancellationToken.None))?.Conversation?.Id);
    }
}
