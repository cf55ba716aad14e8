using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>
/// Actions inside the body. Every <see cref="ExecuteAction"/> is placed in one, because some older clients ignore
/// an Action.Execute's fallback otherwise.
/// </summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    protected override string Type => "ActionSet";

    protected override void WriteProperties(JsonObject json) => json["actions"] = Actions.ToJsonArray();
}
