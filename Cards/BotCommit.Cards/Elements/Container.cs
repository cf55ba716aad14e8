using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>Groups elements; can be hidden and shown with <see cref="ToggleVisibilityAction"/>.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }

    public bool Bleed { get; init; }

    protected override string Type => "Container";

    protected override void WriteProperties(JsonObject json)
    {
        json["items"] = Items.ToJsonArray();
        json.AddIfNotNull("style", Style);
        json.AddIfTrue("bleed", Bleed);
    }
}
