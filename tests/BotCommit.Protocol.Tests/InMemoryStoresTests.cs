using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Routing;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BotCommit.Protocol.Tests;

public sealed class InMemoryStoresTests
{
    [Fact]
    public async Task TryBegin_SameIdTwice_OnlyTheFirstBegins()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider());

        var first = await deduplicator.TryBeginAsync("a:1", "1764400210456", CancellationToken.None);
        var second = await deduplicator.TryBeginAsync("a:1", "1764400210456", CancellationToken.None);
        var other = await deduplicator.TryBeginAsync("a:1", "1764400210457", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(other);
    }

    [Fact]
    public async Task TryBegin_SameIdInTwoConversations_BothBegin()
    {
        var deduplicator = new InMemoryActivityDeduplicator(new FakeTimeProvider());

        var alice = await deduplicator.TryBeginAsync("a:alice", "1764400210456", CancellationToken.None);
        var bob = await deduplicator.TryBeginAsync("a:bob", "1764400210456", CancellationToken.None);
        var aliceAgain = await deduplicator.TryBeginAsync("a:alice", "1764400210456", CancellationToken.None);

        Assert.Equal((true, true, false), (alice, bob, aliceAgain));
    }

    [Fact]
    public async Task TryBegin_AfterRetention_IdIsForgotten()
    {
        var time = new FakeTimeProvider();
        var deduplicator = new InMemoryActivityDeduplicator(time);
        await deduplicator.TryBeginAsync("a:1", "a", CancellationToken.None);

        time.Advance(InMemoryActivityDeduplicator.Retention);

        Assert.True(await deduplicator.TryBeginAsync("a:1", "a", CancellationToken.None));
    }

    [Fact]
    public async Task ReferenceStore_PersonalAndChannel_AreFoundByUserAndConversation()
    {
        var store = new InMemoryConversationReferenceStore();
        var personal = new ConversationReference
        {
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" },
            User = new ChannelAccount { Id = "29:x", AadObjectId = "GUID-X" },
        };
        var channel = new ConversationReference
        {
            Conversation = new ConversationAccount { Id = "19:c@thread.tacv2", ConversationType = "channel" },
            User = new ChannelAccount { Id = "29:y", AadObjectId = "guid-y" },
        };

        await store.SaveAsync(personal, CancellationToken.None);
        await store.SaveAsync(channel, CancellationToken.None);
        await store.MarkStateAsync("a:1", ConversationReferenceStates.Blocked, CancellationToken.None);

        Assert.Same(personal, await store.GetForUserAsync("guid-x", CancellationToken.None));
        Assert.Null(await store.GetForUserAsync("guid-y", CancellationToken.None));
        Assert.Same(channel, await store.GetForConversationAsync("19:c@thread.tacv2", CancellationToken.None));
        Assert.Equal(ConversationReferenceStates.Blocked, personal.State);
    }
}
