using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

internal static class JsonObjectExtensions
{
    public static void AddIfNotNull(this JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    public static void AddIfTrue(this JsonObject json, string name, bool value)
    {
        if (value)
        {
            json[name] = true;
        }
    }

    public static JsonArray ToJsonArray(this IEnumerable<CardElement> elements) =>
        new(elements.Select(e => (JsonNode)e.ToJson()).ToArray());
}
