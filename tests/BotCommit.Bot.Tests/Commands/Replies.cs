using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Reads what the bot answered: message text, card texts (TextBlocks and facts), card actions.</summary>
internal static class Replies
{
    /// <summary>The message's text and every text of its cards, one per line.</summary>
    public static string Text(JsonNode activityOrCard)
    {
        var lines = new List<string>();
        if (activityOrCard["text"] is JsonValue text && activityOrCard["type"]?.GetValue<string>() == "message")
        {
            lines.Add(text.GetValue<string>());
        }

        foreach (var element in Elements(activityOrCard))
        {
            switch (element["type"]?.GetValue<string>())
            {
                case "TextBlock":
                    lines.Add(element["text"]!.GetValue<string>());
                    break;
                case "FactSet":
                    lines.AddRange(element["facts"]!.AsArray().Select(f => $"{f!["title"]}: {f["value"]}"));
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    public static JsonObject? Card(JsonNode activity) => activity["attachments"]?[0]?["content"]?.AsObject();

    public static JsonObject? Action(JsonNode card, string verb) =>
        Elements(card).FirstOrDefault(e => e["type"]?.GetValue<string>() == "Action.Execute" && e["verb"]?.GetValue<string>() == verb);

    public static IEnumerable<JsonObject> Elements(JsonNode node)
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
