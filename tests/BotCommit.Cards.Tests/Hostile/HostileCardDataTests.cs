using BotCommit.Testing.Hostile;
using System.Globalization;
using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using static BotCommit.Cards.CheckIn.CheckInParseResult;

namespace BotCommit.Cards.Tests.Hostile;

/// <summary>
/// Replays every <c>cardData</c> case of the hostile corpus through <see cref="CheckInSubmissionParser.Parse"/> with the
/// sample rep (three deals, week 2026-W49, card revision 3). The parser must never throw; it answers with the expected
/// result, and whatever it answers is safe to store or to show again: valid amounts, no broken UTF-16, every error on
/// an input the card has, and a re-rendered card that builds and stays under the Teams size limit.
/// </summary>
public sealed class HostileCardDataTests
{
    public static TheoryData<string> Cases => HostileCorpus.Names("cardData");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_HostileCardData_AnswersAsExpectedWithoutThrowing(string name)
    {
        var hostile = HostileCorpus.Case(name);
        var data = Data(hostile);
        var context = Samples.Context();

        var result = CheckInSubmissionParser.Parse(data, context);

        var expect = HostileCorpus.Expand(hostile["expect"]!).AsObject();
        Assert.Equal((string?)expect["result"], result.GetType().Name);
        AssertSafe(result, context);
        switch (result)
        {
            case Invalid invalid when expect["errors"] is JsonArray errors:
                Assert.Equal(
                    errors.Select(e => (string)e!).Order(StringComparer.Ordinal),
                    invalid.Errors.Select(e => $"{e.InputId}:{e.Code}").Order(StringComparer.Ordinal));
                break;
            case Stale stale:
                Assert.Equal((string?)expect["stale"], stale.Reason.ToString());
                break;
            case Submitted submitted:
                AssertDeal(submitted.Deals, expect["deal"] as JsonObject);
                AssertNewDeal(submitted.Deals, expect["newDeal"] as JsonObject);
                break;
            case Skip skip:
                Assert.Equal((string?)expect["skipReason"], skip.Reason);
                break;
            case Away away:
                Assert.Equal((string?)expect["awayUntil"], away.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case ChangePage page:
                Assert.Equal((int?)expect["page"], page.Draft.Page);
                break;
            case AddDealSlot slot:
                Assert.Equal((int?)expect["slots"], slot.Draft.NewDealSlots);
                break;
        }
    }

    [Fact]
    public void Corpus_CardData_HasAtLeastSixtyUniquelyNamedCases()
    {
        var names = HostileCorpus.Cases.Where(c => (string?)c.Value["kind"] == "cardData").Select(c => c.Key).ToList();

        Assert.True(names.Count >= 60, $"Only {names.Count} cardData cases.");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The data a client sends: the card's fixed data (verb, version, week, revision, page, slots) with the case's keys on top.</summary>
    internal static JsonObject Data(JsonObject hostile)
    {
        var verb = (string?)hostile["verb"] ?? CheckInVerbs.Submit;
        var data = new JsonObject
        {
            ["verb"] = verb,
            ["cardVersion"] = CheckInCard.CardVersion,
            ["week"] = Samples.Week.ToString(),
            ["cardRev"] = 3,
            ["page"] = 0,
            ["slots"] = 0,
        };
        foreach (var omitted in hostile["omit"]?.AsArray().Select(k => (string)k!) ?? [])
        {
            data.Remove(omitted);
        }

        foreach (var (key, value) in hostile["data"]?.AsObject() ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var json = HostileCorpus.ExpandText(data.ToJsonString());
        if ((string?)hostile["rawMembers"] is { } members)
        {
            // Members no JSON object model can hold (duplicate keys), spliced in as text, as a client could send them.
            json = "{" + members + "," + json[1..];
        }

        return JsonNode.Parse(json)!.AsObject();
    }

    private static void AssertSafe(CheckInParseResult result, CheckInParseContext context)
    {
        switch (result)
        {
            case Submitted submitted:
                var stored = context.Deals.ToDictionary(d => d.Id);
                Assert.Equal(stored.Count, submitted.Deals.Count(d => stored.ContainsKey(d.Id)));
                Assert.Equal(submitted.Deals.Count, submitted.Deals.Select(d => d.Id).Distinct().Count());
                foreach (var deal in submitted.Deals)
                {
                    Assert.True(deal.Amount >= 0m && deal.Amount <= context.AmountCeiling && decimal.Round(deal.Amount, 2) == deal.Amount, $"Amount {deal.Amount} of {deal.Id}");
                    Assert.True(IsWellFormed(deal.Account) && IsWellFormed(deal.Name) && IsWellFormed(deal.Reason), $"Broken UTF-16 in {deal.Id}");
                    if (stored.TryGetValue(deal.Id, out var before))
                    {
                        Assert.Equal((before.Account, before.Name), (deal.Account, deal.Name));
                    }
                    else
                    {
                        Assert.StartsWith("N-", deal.Id.Value, StringComparison.Ordinal);
                    }
                }

                break;
            case Invalid invalid:
                Assert.NotEmpty(invalid.Errors);
                Assert.All(invalid.Errors, e => Assert.True(e.InputId is null || IsCardInput(e.InputId, context), $"Error on unknown input '{e.InputId}'"));
                Assert.All(invalid.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message(CardLocale.English))));
                AssertRendersUnderLimit(invalid.Draft, invalid.Errors);
                break;
            case AddDealSlot slot:
                AssertRendersUnderLimit(slot.Draft, []);
                break;
            case ChangePage page:
                AssertRendersUnderLimit(page.Draft, []);
                break;
            case Skip skip:
                Assert.True(!string.IsNullOrWhiteSpace(skip.Reason) && skip.Reason.Length <= 500 && IsWellFormed(skip.Reason));
                break;
            case Away away:
                Assert.InRange(away.Until, context.Week.Monday, context.Week.Monday.AddDays(BotCommit.Forecasting.Teams.AwayWindow.MaxDays));
                break;
        }
    }

    private static void AssertRendersUnderLimit(CheckInDraft draft, IReadOnlyList<FieldError> errors)
    {
        var card = CheckInCard.Build(Samples.Model() with { Draft = draft, Errors = errors }, CardLocale.English).ToJson();

        Assert.True(CardSize.Utf16Bytes(Payloads.CardMessage(card)) <= CardSize.MaxActivityBytes, "The re-rendered card is over the Teams size limit.");
    }

    private static void AssertDeal(IReadOnlyList<DealForecast> deals, JsonObject? expected)
    {
        if (expected is null)
        {
            return;
        }

        var deal = deals.Single(d => d.Id.Value == (string)expected["id"]!);
        if (expected["amount"] is { } amount)
        {
            Assert.Equal(decimal.Parse((string)amount!, CultureInfo.InvariantCulture), deal.Amount);
        }

        if (expected["close"] is { } close)
        {
            Assert.Equal((string)close!, deal.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (expected["category"] is { } category)
        {
            Assert.Equal((string)category!, deal.Category.ToString());
        }

        if (expected["reason"] is { } reason)
        {
            Assert.Equal((string)reason!, deal.Reason);
        }
    }

    private static void AssertNewDeal(IReadOnlyList<DealForecast> deals, JsonObject? expected)
    {
        if (expected is null)
        {
            Assert.DoesNotContain(deals, d => d.Id.Value.StartsWith("N-", StringComparison.Ordinal));
            return;
        }

        var deal = deals.Single(d => d.Id.Value == "N-1");
        Assert.Equal((string?)expected["account"], deal.Account);
        Assert.Equal((string?)expected["name"], deal.Name);
    }

    private static bool IsCardInput(string inputId, CheckInParseContext context) =>
        inputId is "away-until" or "skip-reason"
        || inputId.StartsWith("new-", StringComparison.Ordinal)
        || context.Deals.Any(d => inputId.StartsWith("deal-" + d.Id.Value + "-", StringComparison.Ordinal));

    private static bool IsWellFormed(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
