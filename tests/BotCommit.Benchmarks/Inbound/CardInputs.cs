using System.Text.Json.Nodes;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>What a Teams client submits for an <c>Action.Execute</c>: the action's data plus every input's current value (as text).</summary>
internal static class CardInputs
{
    public static JsonObject For(JsonObject card, string verb)
    {
        ArgumentNullException.ThrowIfNull(card);
        var action = Elements(card).FirstOrDefault(e => Text(e, "type") == "Action.Execute" && Text(e, "verb") == verb)
            ?? throw new InvalidOperationException($"The card has no Action.Execute with verb '{verb}'.");
        var data = action["data"] is JsonObject actionData ? actionData.DeepClone().AsObject() : [];
        foreach (var input in Elements(card).Where(e => Text(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            if (Text(input, "id") is { } id)
            {
                data[id] = input["value"] is JsonValue value ? value.ToString() : string.Empty;
            }
        }

        return data;
    }

    private static string? Text(JsonObject element, string name) =>
        element[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        var pending = new Stack<JsonNode?>([node]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject element:
                    yield return element;
                    foreach (var (_, child) in element)
                    {
                        pending.Push(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }
}
