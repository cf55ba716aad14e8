using System.Text.Json.Nodes;

namespace BotCommit.Cards.Elements;

/// <summary>Side-by-side columns (also our table fallback: Teams mobile does not render <c>Table</c>).</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    protected override string Type => "ColumnSet";

    protected override void WriteProperties(JsonObject json) => json["columns"] = Columns.ToJsonArray();
}
