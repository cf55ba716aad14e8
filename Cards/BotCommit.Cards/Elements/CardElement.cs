using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>An Adaptive Card element, action or input: knows how to write itself as card JSON.</summary>
public abstract record CardElement
{
    /// <summary>Element id (inputs: the key of the submitted value).</summary>
    public string? Id { get; init; }

    public string? Spacing { get; init; }

    public bool Separator { get; init; }

    public bool? IsVisible { get; init; }

    /// <summary>The Adaptive Card <c>type</c> value.</summary>
    protected abstract string Type { get; }

    /// <summary>Writes the element as a JSON object.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = Type };
        json.AddIfNotNull("id", Id);
        json.AddIfNotNull("spacing", Spacing);
        if (Separator)
        {
            json["separator"] = true;
        }

        if (IsVisible is { } visible)
        {
            json["isVisible"] = visible;
        }

        WriteProperties(json);
        return json;
    }

    /// <summary>Adds the element's own properties.</summary>
    protected abstract void WriteProperties(JsonObject json);
}
