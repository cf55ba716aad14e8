using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary><c>Action.Submit</c>: arrives as a <c>message</c> whose <c>value</c> is the data merged with the inputs.</summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction(Title)
{
    public string AssociatedInputs { get; init; } = "auto";

    protected override string Type => "Action.Submit";

    protected override void WriteActionProperties(JsonObject json)
    {
        json["data"] = Data.DeepClone();
        if (AssociatedInputs != "auto")
        {
            json["associatedInputs"] = AssociatedInputs;
        }
    }
}
