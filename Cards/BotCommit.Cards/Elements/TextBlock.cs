using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// Text. <see cref="Text"/> is rendered as Teams markdown: user-supplied text must go through
/// <see cref="CardText.Escape"/> so names never turn into links or formatting.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    public string? Style { get; init; }

    public int? MaxLines { get; init; }

    protected override string Type => "TextBlock";

    protected override void WriteProperties(JsonObject json)
    {
        json["text"] = Text;
        json.AddIfNotNull("size", Size);
        json.AddIfNotNull("weight", Weight);
        json.AddIfNotNull("color", Color);
        json.AddIfNotNull("style", Style);
        json.AddIfTrue("isSubtle", IsSubtle);
        json.AddIfTrue("wrap", Wrap);
        if (MaxLines is { } maxLines)
        {
            json["maxLines"] = maxLines;
        }
    }
}
