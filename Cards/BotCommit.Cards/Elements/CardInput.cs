using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// An input. Client-side validation (<see cref="IsRequired"/>, <see cref="ErrorMessage"/>) is advisory only: the bot
/// re-validates every submitted value on the server.
/// </summary>
public abstract record CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public bool IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    protected override void WriteProperties(JsonObject json)
    {
        json.AddIfNotNull("label", Label);
        json.AddIfTrue("isRequired", IsRequired);
        json.AddIfNotNull("errorMessage", ErrorMessage);
        WriteInputProperties(json);
    }

    protected abstract void WriteInputProperties(JsonObject json);
}
