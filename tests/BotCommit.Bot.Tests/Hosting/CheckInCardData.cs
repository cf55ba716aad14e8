using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Commands;

namespace BotCommit.Bot.Tests.Hosting;

/// <summary>Reads a check-in card the way a Teams client does when a button is pressed.</summary>
internal static class CheckInCardData
{
    /// <summary>What a client sends for an action: the action's data merged with every input's current value.</summary>
    public static JsonObject Inputs(JsonObject card, string verb)
    {
        var action = Replies.Action(card, verb) ?? throw new InvalidOperationException($"No {verb} action on the card.");
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var input in Replies.Elements(card).Where(e => e["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            data[input["id"]!.GetValue<string>()] = input["value"]?.DeepClone() is JsonValue value ? value.ToString() : string.Empty;
        }

        return data;
    }

    /// <summary>The element with <paramref name="id"/> (an input, an error text), or null.</summary>
    public static JsonObject? Element(JsonObject card, string id) =>
        Replies.Elements(card).FirstOrDefault(e => e["id"]?.GetValue<string>() == id);

    /// <summary>The value an input of the card shows, or null when the card has no such input.</summary>
    public static string? InputValue(JsonObject card, string id) => Element(card, id)?["value"]?.ToString();
}
