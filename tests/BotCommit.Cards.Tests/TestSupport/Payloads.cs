using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests.TestSupport;

/// <summary>Activities captured from the Agents Playground, with our card's data put where Teams puts it.</summary>
internal static class Payloads
{
    /// <summary>An <c>adaptiveCard/action</c> invoke: the data is <c>value.action.data</c>.</summary>
    public static JsonObject Invoke(string verb, JsonObject data)
    {
        var activity = Load("invoke-adaptiveCard-action.json");
        var action = (JsonObject)activity["value"]!["action"]!;
        action["verb"] = verb;
        action["data"] = data.DeepClone();
        return activity;
    }

    /// <summary>The Action.Submit fallback: a message whose <c>value</c> is the data.</summary>
    public static JsonObject SubmitMessage(JsonObject data)
    {
        var activity = Load("message-submit.json");
        activity["value"] = data.DeepClone();
        return activity;
    }

    /// <summary>A message activity carrying <paramref name="card"/> as its attachment, in the playground's envelope.</summary>
    public static JsonObject CardMessage(JsonObject card)
    {
        var activity = Load("message-submit.json");
        activity.Remove("value");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = card.DeepClone(),
        });
        return activity;
    }

    private static JsonObject Load(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "playground", name)))!;
}
