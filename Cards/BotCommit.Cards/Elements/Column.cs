using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>One column of a <see cref="ColumnSet"/>; <see cref="Width"/> is "auto", "stretch" or a weight.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items) : CardElement
{
    public string Width { get; init; } = "stretch";

    public string? VerticalContentAlignment { get; init; }

    protected override string Type => "Column";

    protected override void WriteProperties(JsonObject json)
    {
        json["width"] = Width;
        json["items"] = Items.ToJsonArray();
        json.AddIfNotNull("verticalContentAlignment", VerticalContentAlignment);
    }
}
