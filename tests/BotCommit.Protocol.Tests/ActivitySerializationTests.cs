using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Tests;

public class ActivitySerializationTests
{
    public static TheoryData<string> Fixtures => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_PlaygroundFixture_IsJsonEqualToTheInput(string fixture)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        var expected = JsonNode.Parse(json)!.AsObject();
        var actual = JsonNode.Parse(written)!.AsObject();
        AssertSameInstantAndRemove(expected, actual, "timestamp");
        AssertSameInstantAndRemove(expected, actual, "localTimestamp");
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{fixture} changed in the round trip:\n{written}");
    }

    // Timestamps are compared as instants with offsets: ".350Z" may come back as ".35Z".
    private static void AssertSameInstantAndRemove(JsonObject expected, JsonObject actual, string name)
    {
        if (expected[name] is null)
        {
            Assert.Null(actual[name]);
            return;
        }

        var before = DateTimeOffset.Parse(expected[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var after = DateTimeOffset.Parse(actual[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before, after);
        Assert.Equal(before.Offset, after.Offset);
        expected.Remove(name);
        actual.Remove(name);
    }

    [Fact]
    public void Deserialize_PlaygroundMessage_ReadsTypedFields()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "message.json"));

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("hello world", activity.Text);
        Assert.Equal("user-id-0", activity.From!.Id);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", activity.From.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 32, 49, 647, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("http://localhost:56150/_connector", activity.ServiceUrl);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTenantId());
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public void Deserialize_InvokeFixture_KeepsValueAsJson()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "invoke-adaptiveCard-action.json"));

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("incrementVerb", activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal("1795501972476", activity.ReplyToId);
    }

    [Fact]
    public void RoundTrip_UnknownFieldsAtEveryLevel_ArePreserved()
    {
        const string json = """
            {
              "type": "message", "futureTopLevel": {"a": [1, 2]},
              "from": {"id": "29:x", "futureFrom": true},
              "recipient": {"id": "28:bot", "futureRecipient": "r"},
              "conversation": {"id": "a:1", "futureConversation": 5},
              "attachments": [{"contentType": "text/html", "content": "<p>x</p>", "futureAttachment": null}],
              "entities": [{"type": "mention", "mentioned": {"id": "28:bot", "futureMentioned": 1}, "text": "<at>B</at>", "futureEntity": "e"}],
              "membersAdded": [{"id": "29:y", "futureMember": [true]}],
              "channelData": {"tenant": {"id": "t", "futureTenant": 1}, "team": {"id": "19:t", "futureTeam": 2},
                              "channel": {"id": "19:c", "futureChannel": 3}, "settings": {"selectedChannel": {"id": "19:c", "x": 1}, "y": 2},
                              "futureChannelData": {"deep": {"deeper": "yes"}}}
            }
            """;

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;

        Assert.Equal(1, written["futureTopLevel"]!["a"]![0]!.GetValue<int>());
        Assert.True(written["from"]!["futureFrom"]!.GetValue<bool>());
        Assert.Equal("r", written["recipient"]!["futureRecipient"]!.GetValue<string>());
        Assert.Equal(5, written["conversation"]!["futureConversation"]!.GetValue<int>());
        Assert.True(((JsonObject)written["attachments"]![0]!).ContainsKey("futureAttachment"));
        Assert.Equal("e", written["entities"]![0]!["futureEntity"]!.GetValue<string>());
        Assert.Equal(1, written["entities"]![0]!["mentioned"]!["futureMentioned"]!.GetValue<int>());
        Assert.True(written["membersAdded"]![0]!["futureMember"]![0]!.GetValue<bool>());
        Assert.Equal(1, written["channelData"]!["tenant"]!["futureTenant"]!.GetValue<int>());
        Assert.Equal(2, written["channelData"]!["team"]!["futureTeam"]!.GetValue<int>());
        Assert.Equal(3, written["channelData"]!["channel"]!["futureChannel"]!.GetValue<int>());
        Assert.Equal(1, written["channelData"]!["settings"]!["selectedChannel"]!["x"]!.GetValue<int>());
        Assert.Equal("yes", written["channelData"]!["futureChannelData"]!["deep"]!["deeper"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_PropertyNamesInOtherCase_AreRead()
    {
        const string json = """{"Type":"message","TEXT":"hi","Conversation":{"ID":"a:1"}}""";

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("a:1", activity.Conversation!.Id);
    }

    [Fact]
    public void Serialize_OutboundMessage_UsesCamelCaseAndOmitsNulls()
    {
        var activity = MessageFactory.Text("hello");

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","text":"hello"}""", written);
    }

    [Theory]
    [InlineData("2026-11-22T18:20:41.9Z", "2026-11-22T18:20:41.9Z")]
    [InlineData("2026-11-22T18:20:41.1234567Z", "2026-11-22T18:20:41.1234567Z")]
    [InlineData("2026-11-22T18:20:41Z", "2026-11-22T18:20:41Z")]
    [InlineData("2026-11-22T19:20:41.5+01:00", "2026-11-22T19:20:41.5+01:00")]
    public void RoundTrip_Timestamp_KeepsTheChannelsFormat(string input, string expected)
    {
        var json = $$"""{"type":"message","timestamp":"{{input}}"}""";

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;

        Assert.Equal(expected, written["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_MemberWithObjectIdOnly_MapsItToAadObjectId()
    {
        const string json = """{"members":[{"id":"29:a","objectId":"guid-a"},{"id":"29:b","aadObjectId":"guid-b"},{"id":"29:c","aadObjectId":"guid-c","objectId":"other"}]}""";

        var page = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.PagedMembersResult)!;

        Assert.Equal(["guid-a", "guid-b", "guid-c"], page.Members!.Select(member => member.AadObjectId));
        Assert.Null(page.ContinuationToken);
    }
}
