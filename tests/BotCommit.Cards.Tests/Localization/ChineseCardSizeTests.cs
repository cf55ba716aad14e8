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
public sealed class ChineseCardSizeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"];

    /// <summary>
    /// Thirty reps with Chinese names in a Chinese team (¥, 万 display): the card stays under the 40 KB target as it
    /// goes on the wire, and the wire encoder (Chinese as itself) makes it much smaller than the all-escaped form.
    /// </summary>
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void SummaryCard_ThirtyChineseReps_StaysUnderTheTargetAndShrinksOnTheWire(string language)
    {
        var model = SummaryScenario.LargeTeam(30, name: i => Surnames[i % Surnames.Length] + Given[i % Given.Length] + Given[(i / 3) % Given.Length] + "（华东区大客户部）");
        var team = new Forecasting.Teams.TeamSettings(Forecasting.Teams.TeamId.From("t")) { Culture = language, Currency = "CNY", AmountStyle = Forecasting.Teams.AmountStyle.Myriads, TimeZoneId = "Asia/Shanghai" };

        var card = SummaryCard.Build(model with { Currency = "CNY" }, CardLocale.ForTeam(team)).ToJson();
        var message = Payloads.CardMessage(card);
        var wire = CardSize.Utf16Bytes(message);
        var escaped = CardSize.Utf16BytesAllEscaped(message);
        output.WriteLine($"{language}: 30-rep summary message {wire} bytes on the wire (UTF-16), {escaped} with every non-ASCII character escaped");

        Assert.InRange(wire, 1, CardSize.TargetActivityBytes);
        Assert.True(wire < escaped * 3 / 4, $"{wire} vs {escaped}");
        Assert.Contains(CardJson.Texts(card), t => t.Contains("华东区大客户部", StringComparison.Ordinal));
        Assert.Contains(CardJson.Texts(card), t => t.Contains(language == "zh-CN" ? "万" : "萬", StringComparison.Ordinal));
    }

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
