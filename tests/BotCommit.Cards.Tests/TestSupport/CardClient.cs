using System.Text.Json.Nodes;

namespace BotCommit.Cards.Tests.TestSupport;

/// <summary>
/// Plays the Teams client: reads a card's inputs (every input sends its value as a string, hidden ones too) and
/// "presses" an action, producing the data Teams would send: the action's data merged with the inputs.
/// </summary>
internal static class CardClient
{
    public static IEnumerable<JsonObject> Elements(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var nested in Elements(child))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var nested in Elements(child))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
        }
    }

    public static string? Type(JsonObject element) =>
        element.TryGetPropertyValue("type", out var t) && t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => Elements(card).Where(e => Type(e) == type);

    /// <summary>Input id → the string the client sends for it.</summary>
    public static Dictionary<string, string> Inputs(JsonNode card) =>
        Elements(card)
            .Where(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(e => (string)e["id"]!, e => e["value"] is JsonValue v ? v.ToString() : Type(e) == "Input.Toggle" ? "false" : string.Empty);

    public static JsonObject Input(JsonNode card, string id) =>
        Elements(card).Single(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)e["id"] == id);

    /// <summary>The one Action.Execute with <paramref name="verb"/> (the first when there are several).</summary>
    public static JsonObject Execute(JsonNode card, string verb) =>
        OfType(card, "Action.Execute").First(a => (string?)a["verb"] == verb);

    /// <summary>The data of an <c>adaptiveCard/action</c> invoke after pressing the button, inputs edited as given.</summary>
    public static JsonObject Press(JsonNode card, string verb, IReadOnlyDictionary<string, string>? edits = null) =>
        Merge(card, (JsonObject)Execute(card, verb)["data"]!, edits);

    /// <summary>The <c>value</c> of the Action.Submit fallback message after pressing the same button.</summary>
    public static JsonObject PressFallback(JsonNode card, string verb, IReadOnlyDictionary<string, string>? edits = null) =>
        Merge(card, (JsonObject)Execute(card, verb)["fallback"]!["data"]!, edits);

    private static JsonObject Merge(JsonNode card, JsonObject data, IReadOnlyDictionary<string, string>? edits)
    {
        var merged = (JsonObject)data.DeepClone();
        foreach (var (id, value) in Inputs(card))
        {
            merged[id] = value;
        }

        foreach (var (id, value) in edits ?? new Dictionary<string, string>())
        {
            merged[id] = value;
        }

        return merged;
    }
}
