using BotCommit.Protocol.Connector;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.InMemory;

public sealed class InMemoryConversationReferenceStoreTests : ConversationReferenceStoreContract
{
    protected override Task<IConversationReferenceStore> CreateStoreAsync() =>
        Task.FromResult<IConversationReferenceStore>(new InMemoryConversationReferenceStore());
}
