using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): arrives as an <c>adaptiveCard/action</c> invoke whose response replaces
/// the card. It always carries an <c>Action.Submit</c> fallback with the same data (verb included) for older clients.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data) : CardAction(Title)
{
    /// <summary>The data key that carries the verb in the Action.Submit fallback.</summary>
    public const string VerbKey = "verb";

    /// <summary>"auto" (the schema default, not written) sends the card's inputs; "none" sends only <see cref="Data"/>.</summary>
    public string AssociatedInputs { get; init; } = "auto";

    protected override string Type => "Action.Execute";

    protected override void WriteActionProperties(JsonObject json)
    {
        json["verb"] = Verb;
        json["data"] = Data.DeepClone();
        if (AssociatedInputs != "auto")
        {
            json["associatedInputs"] = AssociatedInputs;
        }

        var fallbackData = (JsonObject)Data.DeepClone();
        fallbackData[VerbKey] = Verb;
        json["fallback"] = new SubmitAction(Title, fallbackData) { Style = Style, AssociatedInputs = AssociatedInputs }.ToJson();
    }
}
