using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Faults;

/// <summary>Reads a check-in card the way a Teams client does when a button is pressed.</summary>
internal static class CheckInCardData
{
    /// <summary>What a client sends for an action: the action's data merged with every input's current value.</summary>
    public static JsonObject Inputs(JsonObject card, string verb)
    {
        var action = Elements(card).FirstOrDefault(e => e["type"]?.GetValue<string>() == "Action.Execute" && e["verb"]?.GetValue<string>() == verb)
            ?? throw new InvalidOperationException($"No {verb} action on the card.");
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var input in Elements(card).Where(e => e["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() is JsonValue value ? value.ToString() : string.Empty;
        }

        return data;
    }

    /// <summary>The value an input of the card shows, or null when the card has no such input.</summary>
    public static string? InputValue(JsonObject card, string id) =>
        Elements(card).FirstOrDefault(e => e["id"]?.GetValue<string>() == id)?["value"]?.ToString();

    private static IEnumerable<JsonObject> Elements(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Elements))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>().SelectMany(Elements))
                {
                    yield return child;
                }

                break;
        }
    }
}
