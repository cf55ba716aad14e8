using BotCommit.Testing.Hostile;
using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.Tests.Hostile;

/// <summary>
/// Replays every <c>cardRender</c> case: deals whose account and name are hostile but valid for the domain (markdown,
/// HTML, mention markup, card functions, control characters, RTL, emoji, maximal lengths) are shown on the check-in card
/// and on the receipt. Every markdown-rendered text (TextBlock text, Fact title and value) must carry the escaped form and
/// never the raw one, and both cards must stay under the Teams size limit even with 50 such deals.
/// </summary>
public sealed class HostileCardRenderTests
{
    public static TheoryData<string> Cases => HostileCorpus.Names("cardRender");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_HostileDealNames_ShowsThemEscapedAndStaysUnderTheSizeLimit(string name)
    {
        var hostile = (JsonObject)HostileCorpus.Expand(HostileCorpus.Case(name));
        var account = (string)hostile["account"]!;
        var dealName = (string)hostile["dealName"]!;
        var expect = hostile["expect"]!;
        var deals = Enumerable.Range(1, (int?)hostile["count"] ?? 1)
            .Select(i => Samples.Numbered(i) with { Account = account, Name = dealName })
            .ToList();
        var model = Samples.Model(deals);
        if (hostile["withErrors"] is not null)
        {
            model = model with
            {
                Draft = CheckInDraft.Create(deals.ToDictionary(d => $"deal-{d.Id.Value}-amount", _ => "1,000.00"), 0, 0),
                Errors = [.. deals.Select(d => new FieldError($"deal-{d.Id.Value}-amount", FieldErrorCode.AmountFormat))],
            };
        }

        var checkIn = CheckInCard.Build(model, CardLocale.English).ToJson();
        var receipt = CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 3, deals, Samples.Totals, "USD", Samples.Deadline, late: false),
            CardLocale.English).ToJson();

        foreach (var (card, which) in new[] { (checkIn, "check-in card"), (receipt, "receipt") })
        {
            // A receipt with many long names may shorten or omit them to stay small; one deal is always listed in full.
            var mustShow = which == "check-in card" || deals.Count == 1;
            var texts = MarkdownTexts(card).ToList();
            AssertShownEscaped(texts, account, (string)expect["escapedAccount"]!, which, mustShow);
            AssertShownEscaped(texts, dealName, (string)expect["escapedName"]!, which, mustShow);
            var size = CardSize.Utf16Bytes(Payloads.CardMessage(card));
            Assert.True(size <= CardSize.MaxActivityBytes, $"The {which} is {size.ToString(CultureInfo.InvariantCulture)} bytes, over {CardSize.MaxActivityBytes.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    [Fact]
    public void Corpus_CardRender_HasCases()
    {
        Assert.True(HostileCorpus.Cases.Values.Count(c => (string?)c["kind"] == "cardRender") >= 15);
    }

    private static void AssertShownEscaped(List<string> texts, string raw, string escaped, string which, bool mustShow)
    {
        Assert.True(!mustShow || texts.Any(t => t.Contains(escaped, StringComparison.Ordinal)), $"The {which} does not show '{escaped}'.");
        if (!string.Equals(raw, escaped, StringComparison.Ordinal))
        {
            // The escaped form may contain the raw text after its backslashes (\# Heading): look only outside it.
            var outside = texts.Select(t => t.Replace(escaped, "\u0000", StringComparison.Ordinal));
            Assert.False(outside.Any(t => t.Contains(raw, StringComparison.Ordinal)), $"The {which} shows the raw '{raw}' as markdown.");
        }
    }

    /// <summary>Every text Teams renders as markdown: TextBlock text, Fact title and value.</summary>
    private static IEnumerable<string> MarkdownTexts(JsonObject card)
    {
        foreach (var element in CardClient.Elements(card))
        {
            switch (CardClient.Type(element))
            {
                case "TextBlock":
                    yield return (string)element["text"]!;
                    break;
                case "FactSet":
                    foreach (var fact in element["facts"]!.AsArray())
                    {
                        yield return (string)fact!["title"]!;
                        yield return (string)fact["value"]!;
                    }

                    break;
            }
        }
    }
}
