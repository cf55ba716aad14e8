using System.Text.Json.Nodes;
using BotCommit.Cards.Tests.TestSupport;

namespace BotCommit.Cards.Tests.Summary;

/// <summary>Reading what a card shows: its TextBlocks, its facts, elements by id.</summary>
internal static class CardJson
{
    public static List<JsonObject> TextBlocks(JsonNode card) => [.. CardClient.OfType(card, "TextBlock")];

    public static List<string> Texts(JsonNode card) => [.. TextBlocks(card).Select(t => (string)t["text"]!)];

    public static List<(string Title, string Value)> Facts(JsonNode card) =>
        [.. CardClient.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!))];

    public static string Fact(JsonNode card, string title) => Facts(card).First(f => f.Title == title).Value;

    public static JsonObject ById(JsonNode card, string id) => CardClient.Elements(card).Single(e => (string?)e["id"] == id);

    /// <summary>Every text a person can read: TextBlocks and fact titles and values.</summary>
    public static List<string> Readable(JsonNode card) => [.. Texts(card), .. Facts(card).SelectMany(f => new[] { f.Title, f.Value })];

    /// <summary>The per-rep table: one ColumnSet per row (the header first), each cell's text.</summary>
    public static List<List<string>> TableRows(JsonNode card, string tableId) =>
        [.. ById(card, tableId)["items"]!.AsArray().Select(row => row!["columns"]!.AsArray()
            .Select(column => (string)column!["items"]![0]!["text"]!).ToList())];
}
