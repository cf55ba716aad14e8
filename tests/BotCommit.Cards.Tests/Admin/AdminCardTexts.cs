using System.Text.Json.Nodes;
using BotCommit.Cards.Tests.TestSupport;

namespace BotCommit.Cards.Tests.Admin;

/// <summary>Every TextBlock text and "title: value" fact line of a card, in order.</summary>
internal static class AdminCardTexts
{
    public static IReadOnlyList<string> Of(JsonNode card) =>
        CardClient.Elements(card).SelectMany(e => CardClient.Type(e) switch
        {
            "TextBlock" => [(string)e["text"]!],
            "FactSet" => e["facts"]!.AsArray().Select(f => $"{(string)f!["title"]!}: {(string)f["value"]!}"),
            _ => Array.Empty<string>(),
        }).ToList();

    /// <summary>Card shape every admin card must have: Adaptive Card 1.5, full width, a fallback text, well under the size advice.</summary>
    public static void AssertWellFormed(JsonObject card)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]));
        Assert.True(CardSize.Utf16Bytes(card) < CardSize.TargetActivityBytes);
    }
}
