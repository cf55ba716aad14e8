using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Hosting;

/// <summary>Test activities: the Playground fixtures with a fresh id, the fake connector's serviceUrl and a conversation id.</summary>
internal static class Activities
{
    private static readonly string FixturesDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static JsonObject Fixture(string name, Uri serviceUrl, string? conversationId = null)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturesDirectory, name + ".json")))!.AsObject();
        activity["id"] = Guid.NewGuid().ToString();
        activity["serviceUrl"] = serviceUrl.ToString();
        if (conversationId is not null)
        {
            activity["conversation"]!["id"] = conversationId;
        }

        return activity;
    }

    public static JsonObject Message(Uri serviceUrl, string conversationId, string text)
    {
        var activity = Fixture("message", serviceUrl, conversationId);
        activity["text"] = text;
        return activity;
    }

    public static string NewConversationId() => "a:" + Guid.NewGuid().ToString("N");
}
