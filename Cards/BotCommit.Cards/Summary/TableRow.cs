using System.Text.Json.Nodes;
using BotCommit.Cards.Elements;

namespace BotCommit.Cards.Summary;

/// <summary>
/// One row of a ColumnSet table: a <c>ColumnSet</c> whose columns each hold one cell and carry a numeric weight (the
/// schema's relative width; the same weights in every row keep the columns aligned). Written compactly because a
/// large team's table is most of the summary card's size.
/// </summary>
internal sealed record TableRow(IReadOnlyList<TextBlock> Cells, IReadOnlyList<int> Weights) : CardElement
{
    protected override string Type => "ColumnSet";

    protected override void WriteProperties(JsonObject json) =>
        json["columns"] = new JsonArray([.. Cells.Select((cell, i) => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = Weights[i],
            ["items"] = new JsonArray(cell.ToJson()),
        })]);
}
