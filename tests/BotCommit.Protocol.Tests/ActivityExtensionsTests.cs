using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Tests;

public class ActivityExtensionsTests
{
    private const string BotId = "28:3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";
    private const string AliceId = "29:1rep-alice";

    public static TheoryData<string, string, string, Entity[]?, string> MentionCases => new()
    {
        {
            "bot-only mention", "BotCommit", "<at>BotCommit</at> set deadline Monday 07:00\n",
            [Mention(BotId, "BotCommit", "<at>BotCommit</at>")], "set deadline Monday 07:00"
        },
        {
            "bot + user mention", "BotCommit", "<at>BotCommit</at> detail for <at>Alice Rep</at> please",
            [Mention(BotId, "BotCommit", "<at>BotCommit</at>"), Mention(AliceId, "Alice Rep", "<at>Alice Rep</at>")],
            "detail for <at>Alice Rep</at> please"
        },
        {
            "entity text with @, message text without", "BotCommit", "<at>BotCommit</at> help",
            [Mention(BotId, "BotCommit", "<at>@BotCommit</at>")], "help"
        },
        {
            "message text with @", "BotCommit", "<at>@BotCommit</at> help",
            [Mention(BotId, "BotCommit", "<at>BotCommit</at>")], "help"
        },
        { "no entity but <at> text", "BotCommit", "<at>BotCommit</at> help", null, "help" },
        {
            "name with XML characters", "R&D Bot", "<at>R&amp;D Bot</at> status &amp; more",
            [Mention(BotId, "R&D Bot", "<at>R&amp;D Bot</at>")], "status & more"
        },
        { "name with XML characters, no entity", "R&D <Bot>", "<at>R&amp;D &lt;Bot&gt;</at> status", null, "status" },
        {
            "mention at end with trailing newline", "BotCommit", "summary now <at>BotCommit</at>\n",
            [Mention(BotId, "BotCommit", "<at>BotCommit</at>")], "summary now"
        },
        {
            "entity with empty text", "BotCommit", "<at>BotCommit</at> status",
            [Mention(BotId, "BotCommit", "")], "status"
        },
        {
            "non-breaking spaces and entities", "BotCommit", "<at>BotCommit</at>&nbsp;set\u00A0 deadline\r\n\tMonday",
            [Mention(BotId, "BotCommit", "<at>BotCommit</at>")], "set deadline Monday"
        },
        { "markup case differs", "BotCommit", "<AT>botcommit</AT> help", [Mention(BotId, "BotCommit", "<at>BotCommit</at>")], "help" },
        { "personal chat without mention", "BotCommit", "  help  ", null, "help" },
        {
            "another user's mention only", "BotCommit", "ping <at>Alice Rep</at>",
            [Mention(AliceId, "Alice Rep", "<at>Alice Rep</at>")], "ping <at>Alice Rep</at>"
        },
        {
            "mention entity type in other case", "BotCommit", "<at>Bot Commit Display</at> help",
            [new Entity { Type = "Mention", Mentioned = new ChannelAccount { Id = BotId }, Text = "<at>Bot Commit Display</at>" }], "help"
        },
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void RemoveRecipientMention_Table_LeavesTheCommandText(string because, string botName, string text, Entity[]? entities, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = new ChannelAccount { Id = BotId, Name = botName },
            Entities = entities,
        };

        var result = activity.RemoveRecipientMention();

        Assert.True(expected == result, $"{because}: expected '{expected}', got '{result}'");
        Assert.Equal(expected, activity.Text);
    }

    [Fact]
    public void RemoveRecipientMention_NoText_ReturnsNull()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Recipient = new ChannelAccount { Id = BotId, Name = "BotCommit" } };

        Assert.Null(activity.RemoveRecipientMention());
    }

    [Theory]
    [InlineData("conversation wins", "t-conv", "t-data", "t-conv")]
    [InlineData("falls back to channelData", null, "t-data", "t-data")]
    [InlineData("empty conversation tenant", "", "t-data", "t-data")]
    [InlineData("none", null, null, null)]
    public void GetTenantId_Sources_PrefersConversation(string because, string? conversationTenant, string? channelDataTenant, string? expected)
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "a:1", TenantId = conversationTenant },
            ChannelData = channelDataTenant is null ? null : new TeamsChannelData { Tenant = new TenantInfo { Id = channelDataTenant } },
        };

        Assert.True(expected == activity.GetTenantId(), because);
    }

    [Fact]
    public void GetTeamsIds_ChannelThreadWithoutChannelData_StripsMessageId()
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "19:c0ffee@thread.tacv2;messageid=1764400210456", ConversationType = "channel" },
        };

        Assert.Equal("19:c0ffee@thread.tacv2", activity.GetTeamsChannelId());
        Assert.Null(activity.GetTeamsTeamId());
    }

    [Fact]
    public void GetTeamsIds_ChannelData_AreRead()
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "19:c;messageid=1", ConversationType = "channel" },
            ChannelData = new TeamsChannelData
            {
                Team = new TeamInfo { Id = "19:team@thread.tacv2" },
                Channel = new ChannelInfo { Id = "19:channel@thread.tacv2" },
            },
        };

        Assert.Equal("19:team@thread.tacv2", activity.GetTeamsTeamId());
        Assert.Equal("19:channel@thread.tacv2", activity.GetTeamsChannelId());
    }

    [Fact]
    public void GetTeamsChannelId_PersonalChat_IsNull()
    {
        var activity = new Activity { Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" } };

        Assert.Null(activity.GetTeamsChannelId());
    }

    [Fact]
    public void GetConversationReference_TeamsMessage_CopiesTheAddressButIsNotVerified()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1764400210456",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = AliceId, Name = "Alice Rep", AadObjectId = "6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a" },
            Recipient = new ChannelAccount { Id = BotId, Name = "BotCommit" },
            Conversation = new ConversationAccount { Id = "a:1personal", ConversationType = "personal", TenantId = "tenant-1" },
            Locale = "de-DE",
            LocalTimezone = "Europe/Berlin",
        };

        var reference = activity.GetConversationReference();

        Assert.Equal("1764400210456", reference.ActivityId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("tenant-1", reference.TenantId);
        Assert.Equal("a:1personal", reference.Conversation!.Id);
        Assert.False(reference.Conversation.IsGroup);
        Assert.Equal(BotId, reference.Bot!.Id);
        Assert.Equal("6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a", reference.User!.AadObjectId);
        Assert.Equal("de-DE", reference.Locale);
        Assert.Equal("Europe/Berlin", reference.TimeZone);
        Assert.Equal(ConversationReferenceStates.Active, reference.State);
        Assert.Null(reference.ServiceUrlVerified);
        Assert.NotSame(activity.From, reference.User);
    }

    private static Entity Mention(string id, string name, string text) =>
        new() { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };
}
