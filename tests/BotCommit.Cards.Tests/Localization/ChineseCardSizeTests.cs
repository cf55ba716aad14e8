using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Summary;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Deals;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>
/// Chinese text is shorter than English but each character costs more on the wire (escaped <c>\uXXXX</c> in the size
/// bound): the largest cards must stay under the Teams limits in every language.
/// </summary>
public sealed class ChineseCardSizeTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void CheckInCard_FiftyLongChineseNamedDealsWithErrors_StaysUnderTheLimit(string language)
    {
        var locale = CardLocale.For(language, language);
        var deals = Enumerable.Range(1, 50).Select(i => Samples.Numbered(i) with
        {
            Id = DealId.From(new string('x', DealId.MaxLength - 3) + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)),
            Account = new string('客', DealForecast.MaxAccountLength),
            Name = new string('專', DealForecast.MaxNameLength),
        }).ToList();
        var card = CheckInCard.Build(Samples.Model(deals), locale).ToJson();
        var edits = deals.Take(20).ToDictionary(d => "deal-" + d.Id + "-amount", _ => "1.000,00");
        var result = (CheckInParseResult.Invalid)CheckInSubmissionParser.Parse(CardClient.Press(card, CheckInVerbs.Submit, edits), Samples.Context(deals));

        var reRendered = CheckInCard.Build(Samples.Model(deals) with { Draft = result.Draft, Errors = result.Errors }, locale).ToJson();

        Assert.InRange(CardSize.Utf16Bytes(Payloads.CardMessage(reRendered)), 1, CardSize.MaxActivityBytes);
    }

    [Theory]
    [InlineData("zh-CN", 30)]
    [InlineData("zh-TW", 30)]
    [InlineData("zh-TW", 600)]
    public void SummaryCard_ChineseReaders_StaysWithinItsBudget(string language, int reps)
    {
        var model = SummaryScenario.LargeTeam(reps, nameLength: 120);

        var card = SummaryCard.Build(model, CardLocale.For(language, language)).ToJson();

        Assert.True(CardSize.Utf16Bytes(card) <= SummaryCard.MaxCardBytes, $"{CardSize.Utf16Bytes(card)} bytes");
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith(language == "zh-CN" ? "周度承诺汇总" : "週度承諾彙總", StringComparison.Ordinal));
    }
}
