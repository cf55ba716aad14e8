using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Input.ChoiceSet</c>; its value arrives as the chosen choice's value (comma-separated if multi-select).</summary>
public sealed record ChoiceSetInput(string InputId, IReadOnlyList<Choice> Choices) : CardInput(InputId)
{
    public string? Value { get; init; }

    /// <summary>"compact" (drop-down, the schema default, not written), "expanded" (radio buttons) or "filtered".</summary>
    public string Style { get; init; } = "compact";

    public bool IsMultiSelect { get; init; }

    protected override string Type => "Input.ChoiceSet";

    protected override void WriteInputProperties(JsonObject json)
    {
        json["choices"] = new JsonArray(Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray());
        json.AddIfNotNull("value", Value);
        if (Style != "compact")
        {
            json["style"] = Style;
        }

        json.AddIfTrue("isMultiSelect", IsMultiSelect);
    }
}
