using BotCommit.Cards.Admin;
using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Summary;
using BotCommit.Cards.Tests.Summary;
using BotCommit.Cards.Tests.TestSupport;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Testing.Golden;

namespace BotCommit.Cards.Tests.Localization;

/// <summary>
/// Issue #16: the check-in, receipt, summary, setup and status cards of a Chinese team as golden files, one per
/// language — zh-CN (Shanghai, CNY, 万) and zh-TW (Taipei, TWD, 萬). A change to any word, date, week or amount form of
/// these cards shows up as a diff to review (<c>UPDATE_GOLDEN=1</c> rewrites them).
/// </summary>
public sealed class ChineseGoldenCardTests
{
    public static TheoryData<string> Languages => new() { "zh-CN", "zh-TW" };

    private static (CardLocale Locale, string Currency) Team(string language)
    {
        var (zone, currency) = language == "zh-CN" ? ("Asia/Shanghai", "CNY") : ("Asia/Taipei", "TWD");
        var team = new TeamSettings(TeamId.From("19:team@thread.tacv2")) { Culture = language, TimeZoneId = zone, Currency = currency, AmountStyle = AmountStyle.Myriads };
        return (CardLocale.ForTeam(team), currency);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void CheckInCard_MatchesGolden(string language)
    {
        var (locale, currency) = Team(language);

        var card = CheckInCard.Build(Samples.Model() with { Currency = currency }, locale).ToJson();

        GoldenFile.AssertMatches($"Localization/Golden/checkin-{language}.json", card);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReceiptCard_MatchesGolden(string language)
    {
        var (locale, currency) = Team(language);
        var model = CheckInReceiptModel.ForSubmission(Samples.Week, 4, Samples.ThreeDeals, Samples.Totals, currency, Samples.Deadline, late: false, unchanged: false);

        var card = CheckInReceiptCard.Build(model, locale).ToJson();

        GoldenFile.AssertMatches($"Localization/Golden/receipt-{language}.json", card);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SummaryCard_MatchesGolden(string language)
    {
        var (locale, currency) = Team(language);

        var card = SummaryCard.Build(SummaryScenario.ThreeReps() with { Currency = currency }, locale).ToJson();

        GoldenFile.AssertMatches($"Localization/Golden/summary-{language}.json", card);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SetupCard_MatchesGolden(string language)
    {
        var (locale, currency) = Team(language);
        var model = new SetupCardModel("19:team@thread.tacv2", "华东销售部", locale.TimeZoneId!, currency, YearMonth.Parse("2026-12"), FiscalQuarter.StartingAt(YearMonth.Parse("2026-10")))
        {
            RepCount = 12,
            MonthTarget = 12_000_000m,
            Language = CardLocale.LanguageName(language),
        };

        var card = SetupCard.Build(model, locale).ToJson();

        GoldenFile.AssertMatches($"Localization/Golden/setup-{language}.json", card);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void StatusCard_MatchesGolden(string language)
    {
        var (locale, _) = Team(language);
        var model = new StatusCardModel("华东销售部", ForecastWeek.Parse("2026-W50"), new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero))
        {
            RosterCount = 5,
            Submitted = [new StatusRep("王芳"), new StatusRep("李娜")],
            Late = [new StatusRep("张伟")],
            Missing = [new StatusRep("赵磊")],
            Away = [new StatusRep("陈静") { AwayUntil = new DateOnly(2026, 12, 14) }],
            Unreachable = [new StatusRep("赵磊") { Reachability = Reachability.NoConversation }],
        };

        var card = StatusCard.Build(model, locale).ToJson();

        GoldenFile.AssertMatches($"Localization/Golden/status-{language}.json", card);
    }
}
