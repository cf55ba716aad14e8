using System.Text.Json.Nodes;
using BotCommit.Cards.Elements;

namespace BotCommit.Cards.Summary;

/// <summary>
/// Teams' <c>Chart.VerticalBar.Grouped</c> element (a Teams extension of Adaptive Cards 1.5, not in the open schema):
/// one series per legend, one bar group per x label. Clients that do not render charts (Teams mobile, older clients,
/// the Developer Portal preview) show <see cref="Fallback"/>, which must carry the same numbers.
/// </summary>
internal sealed record GroupedBarChart(string Title, IReadOnlyList<ChartSeries> Series, CardElement Fallback) : CardElement
{
    public const string ElementType = "Chart.VerticalBar.Grouped";

    protected override string Type => ElementType;

    protected override void WriteProperties(JsonObject json)
    {
        json["title"] = Title;
        json["data"] = new JsonArray([.. Series.Select(s => (JsonNode)new JsonObject
        {
            ["legend"] = s.Legend,
            ["values"] = new JsonArray([.. s.Points.Select(p => (JsonNode)new JsonObject { ["x"] = p.Label, ["y"] = p.Value })]),
        })]);
        json["fallback"] = Fallback.ToJson();
    }
}
