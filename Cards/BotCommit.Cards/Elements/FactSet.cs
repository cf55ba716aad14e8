using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>A two-column list of title/value pairs (values are markdown: escape user text).</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    protected override string Type => "FactSet";

    protected override void WriteProperties(JsonObject json) =>
        json["facts"] = new JsonArray(Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray());
}
