using System.Text.Json.Nodes;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;
using static BotCommit.Cards.CheckIn.CheckInParseResult;

namespace BotCommit.Cards.Tests.Hostile;

/// <summary>One test per bug the hostile corpus found in the check-in card code, each pinned without the corpus.</summary>
public sealed class CheckInHostileFixTests
{
    private const string Prefix = """{"verb":"checkin.submit","cardVersion":1,"week":"2026-W49","cardRev":3,""";

    [Theory]
    [InlineData("amount escape", """ "deal-D-2001-amount":"1\ud800" """)]
    [InlineData("amount inside an array", """ "deal-D-2001-amount":["\ud800"] """)]
    [InlineData("close date", """ "deal-D-2001-close":"2026-12-2\udc00" """)]
    public void Parse_LoneSurrogateInAValue_IsAFieldErrorNotAnException(string because, string member)
    {
        var data = JsonNode.Parse(Prefix + member + "}")!.AsObject();

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.True(result is Invalid { Errors.Count: 1 }, because);
    }

    [Fact]
    public void Parse_LoneSurrogateInANewDealName_KeepsTheNameWithAReplacementCharacter()
    {
        var data = JsonNode.Parse(Prefix + """
            "slots":1,"new-1-account":"Contoso","new-1-name":"Deal \ud800","new-1-category":"Upside",
            "new-1-amount":"1000","new-1-close":"2026-12-24","new-1-stage":"50"}
            """)!.AsObject();

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.Equal("Deal \uFFFD", Assert.IsType<Submitted>(result).Deals.Single(d => d.Id.Value == "N-1").Name);
    }

    [Theory]
    [InlineData("duplicate keys", """ "deal-D-2001-amount":"1","deal-D-2001-amount":"2" """)]
    [InlineData("key with a lone surrogate", """ "deal-D-2001-amount\ud800":"1" """)]
    public void Parse_DataNoCardSends_IsStaleUnreadable(string because, string member)
    {
        var data = JsonNode.Parse(Prefix + member + "}")!.AsObject();

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.True(result is Stale { Reason: StaleReason.Unreadable }, because);
    }

    [Theory]
    [InlineData("zero-width spaces", "new-1-name", "\u200B\u200B", "new-1-name", FieldErrorCode.NameRequired)]
    [InlineData("direction marks and BOM", "new-1-account", "\u200E\u202E\uFEFF", "new-1-account", FieldErrorCode.AccountRequired)]
    public void Parse_RequiredTextOfInvisibleCharactersOnly_IsRequired(string because, string key, string value, string inputId, FieldErrorCode code)
    {
        var data = JsonNode.Parse(Prefix + """
            "slots":1,"new-1-account":"Contoso","new-1-name":"Renewal","new-1-category":"Upside",
            "new-1-amount":"1000","new-1-close":"2026-12-24","new-1-stage":"50"}
            """)!.AsObject();
        data[key] = value;

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        var error = Assert.Single(Assert.IsType<Invalid>(result).Errors);
        Assert.True(error == new FieldError(inputId, code) { Arguments = error.Arguments }, because);
    }

    [Fact]
    public void Parse_SkipReasonOfInvisibleCharactersOnly_IsRequired()
    {
        var data = JsonNode.Parse("""{"verb":"checkin.skip","cardVersion":1,"week":"2026-W49","cardRev":3,"skip-reason":"\u200B\u200D"}""")!.AsObject();

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        Assert.Equal(FieldErrorCode.SkipReasonRequired, Assert.Single(Assert.IsType<Invalid>(result).Errors).Code);
    }

    [Theory]
    [InlineData(50, 120)]
    [InlineData(99, 120)]
    [InlineData(99, 24)]
    public void ReceiptCard_ManyDealsWithLongEscapedNames_StaysUnderTheSizeLimit(int count, int nameLength)
    {
        var deals = Enumerable.Range(1, count)
            .Select(i => Samples.Numbered(i) with { Account = new string('<', nameLength), Name = new string('\u6587', nameLength) })
            .ToList();

        var receipt = CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 3, deals, Samples.Totals, "USD", Samples.Deadline, late: false), CardLocale.English).ToJson();

        Assert.True(CardSize.Utf16Bytes(Payloads.CardMessage(receipt)) <= CardSize.MaxActivityBytes);
        Assert.Contains(count.ToString(System.Globalization.CultureInfo.InvariantCulture), receipt.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReceiptCard_ManyDealsWithLongNames_ShortensNamesBeforeDroppingTheList()
    {
        var deals = Enumerable.Range(1, 99)
            .Select(i => Samples.Numbered(i) with { Account = new string('a', 120), Name = "Deal " + new string('n', 115) })
            .ToList();

        var receipt = CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 3, deals, Samples.Totals, "USD", Samples.Deadline, late: false), CardLocale.English).ToJson();

        var titles = CardClient.OfType(receipt, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => (string)f!["title"]!).ToList();
        Assert.Contains($"**{new string('a', CheckInReceiptCard.ShortNameLength)}…** · Deal {new string('n', CheckInReceiptCard.ShortNameLength - 5)}…", titles);
        Assert.DoesNotContain(titles, t => t.Contains(new string('a', 120), StringComparison.Ordinal));
    }

    [Fact]
    public void ReceiptCard_FewDeals_ListsFullNames()
    {
        var receipt = CheckInReceiptCard.Build(
            CheckInReceiptModel.ForSubmission(Samples.Week, 3, Samples.ThreeDeals, Samples.Totals, "USD", Samples.Deadline, late: false), CardLocale.English).ToJson();

        Assert.Contains("Northwind Traders", receipt.ToJsonString(), StringComparison.Ordinal);
    }
}
