using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>A card action (a button).</summary>
public abstract record CardAction(string Title) : CardElement
{
    public string? Style { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        json["title"] = Title;
        json.AddIfNotNull("style", Style);
        WriteActionProperties(json);
    }

    protected abstract void WriteActionProperties(JsonObject json);
}
