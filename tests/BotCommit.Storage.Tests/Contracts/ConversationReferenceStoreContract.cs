using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Schema;

namespace BotCommit.Storage.Tests.Contracts;

/// <summary>
/// What every <see cref="IConversationReferenceStore"/> must do; run against the protocol's in-memory store and the
/// Azure Tables one (the host's).
/// </summary>
public abstract class ConversationReferenceStoreContract
{
    private const string Person = "00000000-0000-0000-0000-0000000000aa";
    private static readonly CancellationToken s_none = CancellationToken.None;

    protected abstract Task<IConversationReferenceStore> CreateStoreAsync();

    private static ConversationReference Personal(string conversationId, string? serviceUrl = null) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = serviceUrl ?? "https://smba.trafficmanager.net/emea/",
        TenantId = "tenant",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Bot = new ChannelAccount { Id = "28:bot" },
        User = new ChannelAccount { Id = "29:user", AadObjectId = Person, Name = "Alex Wilber" },
        Locale = "zh-CN",
    };

    private static ConversationReference Channel(string channelId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Conversation = new ConversationAccount { Id = channelId, ConversationType = "channel", IsGroup = true },
        Bot = new ChannelAccount { Id = "28:bot" },
        ChannelIdInTeam = channelId,
    };

    [Fact]
    public async Task SaveAsync_PersonalChat_IsFoundByConversationAndByPersonInAnyCase()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(Personal("a:chat/1=="), s_none);

        Assert.Equal("a:chat/1==", (await store.GetForConversationAsync("a:chat/1==", s_none))?.Conversation?.Id);
        var mine = await store.GetForUserAsync(Person.ToUpperInvariant(), s_none);
        Assert.Equal(("a:chat/1==", "zh-CN", "Alex Wilber"), (mine?.Conversation?.Id, mine?.Locale, mine?.User?.Name));
        Assert.Null(await store.GetForUserAsync("00000000-0000-0000-0000-0000000000bb", s_none));
        Assert.Null(await store.GetForConversationAsync("a:other", s_none));
    }

    [Fact]
    public async Task SaveAsync_Again_TheNewestReferenceWins()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Personal("a:chat-1"), s_none);

        await store.SaveAsync(Personal("a:chat-2", "https://smba.trafficmanager.net/amer/"), s_none);

        var mine = await store.GetForUserAsync(Person, s_none);
        Assert.Equal(("a:chat-2", "https://smba.trafficmanager.net/amer/"), (mine?.Conversation?.Id, mine?.ServiceUrl));
    }

    [Fact]
    public async Task SaveAsync_Channel_IsFoundByConversationOnly()
    {
        var store = await CreateStoreAsync();

        await store.SaveAsync(Channel("19:managers@thread.tacv2"), s_none);

        Assert.Equal("19:managers@thread.tacv2", (await store.GetForConversationAsync("19:managers@thread.tacv2", s_none))?.ChannelIdInTeam);
    }

    [Fact]
    public async Task MarkStateAsync_PersonalChat_IsSeenThroughThePersonToo()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Personal("a:chat-1"), s_none);

        await store.MarkStateAsync("a:chat-1", ConversationReferenceStates.Uninstalled, s_none);

        Assert.Equal(ConversationReferenceStates.Uninstalled, (await store.GetForConversationAsync("a:chat-1", s_none))?.State);
        Assert.Equal(ConversationReferenceStates.Uninstalled, (await store.GetForUserAsync(Person, s_none))?.State);
    }

    [Fact]
    public async Task MarkStateAsync_UnknownConversation_DoesNothing()
    {
        var store = await CreateStoreAsync();

        await store.MarkStateAsync("a:nobody", ConversationReferenceStates.Blocked, s_none);

        Assert.Null(await store.GetForConversationAsync("a:nobody", s_none));
    }
}
