using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>Opens a link.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    protected override string Type => "Action.OpenUrl";

    protected override void WriteActionProperties(JsonObject json) => json["url"] = Url.AbsoluteUri;
}
