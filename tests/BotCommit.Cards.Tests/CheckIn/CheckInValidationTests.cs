using BotCommit.Cards.CheckIn;
using BotCommit.Cards.Tests.TestSupport;
using static BotCommit.Cards.CheckIn.CheckInParseResult;

namespace BotCommit.Cards.Tests.CheckIn;

/// <summary>
/// One row per way a value can be wrong: the card is pressed with the edits (<c>key=value|key=value</c>), and the
/// result must carry the error on the right input with the exact English message.
/// </summary>
public class CheckInValidationTests
{
    private const string NewDeal = "new-1-account=Tailspin Toys|new-1-name=Pilot|new-1-category=Pipeline|new-1-amount=5000|new-1-close=2027-01-15|new-1-stage=25";

    private static readonly string s_longReason = new('r', 501);

    public static TheoryData<string, string, string, string, FieldErrorCode, string> Cases => new()
    {
        { "empty amount", CheckInVerbs.Submit, "deal-D-1042-amount=", "deal-D-1042-amount", FieldErrorCode.AmountRequired, "Enter an amount, e.g. 125000.50." },
        { "blank amount", CheckInVerbs.Submit, "deal-D-1042-amount=   ", "deal-D-1042-amount", FieldErrorCode.AmountRequired, "Enter an amount, e.g. 125000.50." },
        { "letters", CheckInVerbs.Submit, "deal-D-1042-amount=abc", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "German thousands", CheckInVerbs.Submit, "deal-D-1042-amount=1.000,00", "deal-D-1042-amount", FieldErrorCode.AmountAmbiguous, AmountAmbiguous },
        { "decimal comma", CheckInVerbs.Submit, "deal-D-1042-amount=1,5", "deal-D-1042-amount", FieldErrorCode.AmountAmbiguous, AmountAmbiguous },
        { "dotted thousands", CheckInVerbs.Submit, "deal-D-1042-amount=1.200.000", "deal-D-1042-amount", FieldErrorCode.AmountAmbiguous, AmountAmbiguous },
        { "units rising", CheckInVerbs.Submit, "deal-D-1042-amount=5万1亿", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "exponent", CheckInVerbs.Submit, "deal-D-1042-amount=1e30", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "NaN", CheckInVerbs.Submit, "deal-D-1042-amount=NaN", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "Infinity", CheckInVerbs.Submit, "deal-D-1042-amount=Infinity", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "bare sign", CheckInVerbs.Submit, "deal-D-1042-amount=-", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "trailing dot", CheckInVerbs.Submit, "deal-D-1042-amount=125.", "deal-D-1042-amount", FieldErrorCode.AmountFormat, AmountFormat },
        { "three decimals (or a thousands dot)", CheckInVerbs.Submit, "deal-D-1042-amount=1.000", "deal-D-1042-amount", FieldErrorCode.AmountAmbiguous, AmountAmbiguous },
        { "fraction of a cent", CheckInVerbs.Submit, "deal-D-1042-amount=0.125", "deal-D-1042-amount", FieldErrorCode.AmountDecimals, "Use at most 2 decimals, e.g. 125000.50." },
        { "negative", CheckInVerbs.Submit, "deal-D-1042-amount=-5", "deal-D-1042-amount", FieldErrorCode.AmountNegative, "An amount cannot be negative." },
        { "negative cent", CheckInVerbs.Submit, "deal-D-1042-amount=-0.01", "deal-D-1042-amount", FieldErrorCode.AmountNegative, "An amount cannot be negative." },
        { "above ceiling", CheckInVerbs.Submit, "deal-D-1042-amount=1000000000.01", "deal-D-1042-amount", FieldErrorCode.AmountTooLarge, "That is more than 1,000,000,000. Please check the amount." },
        { "beyond decimal", CheckInVerbs.Submit, "deal-D-1042-amount=99999999999999999999999999999999999", "deal-D-1042-amount", FieldErrorCode.AmountTooLarge, "That is more than 1,000,000,000. Please check the amount." },
        { "empty date", CheckInVerbs.Submit, "deal-D-1042-close=", "deal-D-1042-close", FieldErrorCode.DateRequired, "Choose a date." },
        { "30 February", CheckInVerbs.Submit, "deal-D-1042-close=2026-02-30", "deal-D-1042-close", FieldErrorCode.DateFormat, DateFormat },
        { "German date", CheckInVerbs.Submit, "deal-D-1042-close=04.12.2026", "deal-D-1042-close", FieldErrorCode.DateFormat, DateFormat },
        { "unpadded date", CheckInVerbs.Submit, "deal-D-1042-close=2026-12-4", "deal-D-1042-close", FieldErrorCode.DateFormat, DateFormat },
        { "date with time", CheckInVerbs.Submit, "deal-D-1042-close=2026-12-04T00:00:00", "deal-D-1042-close", FieldErrorCode.DateFormat, DateFormat },
        { "year 1", CheckInVerbs.Submit, "deal-D-1042-close=0001-01-01", "deal-D-1042-close", FieldErrorCode.DateOutOfRange, DateWindow },
        { "year 9999", CheckInVerbs.Submit, "deal-D-1042-close=9999-12-31", "deal-D-1042-close", FieldErrorCode.DateOutOfRange, DateWindow },
        { "open deal closing last week", CheckInVerbs.Submit, "deal-D-2001-close=2026-11-29", "deal-D-2001-close", FieldErrorCode.CloseDateInPast, "An open deal cannot close before this week's Monday (2026-11-30). Move the date, or mark the deal Won or Lost." },
        { "empty category", CheckInVerbs.Submit, "deal-D-1042-category=", "deal-D-1042-category", FieldErrorCode.CategoryUnknown, Category },
        { "Unknown category", CheckInVerbs.Submit, "deal-D-1042-category=Unknown", "deal-D-1042-category", FieldErrorCode.CategoryUnknown, Category },
        { "numeric category", CheckInVerbs.Submit, "deal-D-1042-category=1", "deal-D-1042-category", FieldErrorCode.CategoryUnknown, Category },
        { "made-up category", CheckInVerbs.Submit, "deal-D-1042-category=Maybe", "deal-D-1042-category", FieldErrorCode.CategoryUnknown, Category },
        { "stage 33", CheckInVerbs.Submit, "deal-D-1042-stage=33", "deal-D-1042-stage", FieldErrorCode.StageUnknown, Stage },
        { "stage with sign", CheckInVerbs.Submit, "deal-D-1042-stage=90 %", "deal-D-1042-stage", FieldErrorCode.StageUnknown, Stage },
        { "empty stage", CheckInVerbs.Submit, "deal-D-1042-stage=", "deal-D-1042-stage", FieldErrorCode.StageUnknown, Stage },
        { "toggle yes", CheckInVerbs.Submit, "deal-D-1042-cfg=yes", "deal-D-1042-cfg", FieldErrorCode.ToggleInvalid, "This box came back with an unexpected value. Tick or untick it again." },
        { "reason too long", CheckInVerbs.Submit, "deal-D-1042-reason=" + s_longReason, "deal-D-1042-reason", FieldErrorCode.TextTooLong, "Keep this to 500 characters (it has 501)." },
        { "commit at 80 %", CheckInVerbs.Submit, "deal-D-1042-stage=80", "deal-D-1042-reason", FieldErrorCode.ReasonRequired, Reason },
        { "commit with checklist gap", CheckInVerbs.Submit, "deal-D-1042-disc=false", "deal-D-1042-reason", FieldErrorCode.ReasonRequired, Reason },
        { "upside moved to commit", CheckInVerbs.Submit, "deal-D-2001-category=Commit|deal-D-2001-reason=  ", "deal-D-2001-reason", FieldErrorCode.ReasonRequired, Reason },
        { "unrealized commit", CheckInVerbs.Submit, "deal-D-1042-unreal=true", "deal-D-1042-unreal", FieldErrorCode.UnrealizedNotWon, "Only a Won deal can be unrealized." },
        { "new deal without account", CheckInVerbs.Submit, NewDeal + "|new-1-account=", "new-1-account", FieldErrorCode.AccountRequired, "Enter the customer (account)." },
        { "new deal without name", CheckInVerbs.Submit, NewDeal + "|new-1-name= ", "new-1-name", FieldErrorCode.NameRequired, "Enter a short deal name." },
        { "new deal account too long", CheckInVerbs.Submit, NewDeal + "|new-1-account=" + new string('a', 121), "new-1-account", FieldErrorCode.TextTooLong, "Keep this to 120 characters (it has 121)." },
        { "new deal name too long", CheckInVerbs.Submit, NewDeal + "|new-1-name=" + new string('n', 130), "new-1-name", FieldErrorCode.TextTooLong, "Keep this to 120 characters (it has 130)." },
        { "new deal without category", CheckInVerbs.Submit, NewDeal + "|new-1-category=", "new-1-category", FieldErrorCode.CategoryUnknown, Category },
        { "new deal without amount", CheckInVerbs.Submit, NewDeal + "|new-1-amount=", "new-1-amount", FieldErrorCode.AmountRequired, "Enter an amount, e.g. 125000.50." },
        { "new deal already there", CheckInVerbs.Submit, NewDeal + "|new-1-account= contoso  ltd|new-1-name=SERVER REFRESH", "new-1-name", FieldErrorCode.DuplicateDeal, Duplicate },
        { "two equal new deals", CheckInVerbs.Submit, NewDeal + "|" + NewDeal.Replace("new-1-", "new-2-", StringComparison.Ordinal) + "|slots=2", "new-2-name", FieldErrorCode.DuplicateDeal, Duplicate },
        { "away without date", CheckInVerbs.Away, "away-until=", "away-until", FieldErrorCode.DateRequired, "Choose a date." },
        { "away garbage", CheckInVerbs.Away, "away-until=next week", "away-until", FieldErrorCode.DateFormat, DateFormat },
        { "away in the past", CheckInVerbs.Away, "away-until=2026-11-29", "away-until", FieldErrorCode.AwayDateInPast, "Choose a date from 2026-11-30 on." },
        { "away for years", CheckInVerbs.Away, "away-until=2028-01-01", "away-until", FieldErrorCode.DateOutOfRange, "Choose a date between 2026-11-30 and 2027-12-01." },
        { "skip without reason", CheckInVerbs.Skip, "skip-reason=  ", "skip-reason", FieldErrorCode.SkipReasonRequired, "Tell your manager why you skip this week." },
        { "skip reason too long", CheckInVerbs.Skip, "skip-reason=" + s_longReason, "skip-reason", FieldErrorCode.TextTooLong, "Keep this to 500 characters (it has 501)." },
        { "confirm after changes", CheckInVerbs.Confirm, "deal-D-1042-amount=1", "", FieldErrorCode.UnsavedChanges, "You changed some entries. Press Submit to save them; \"No changes\" would drop them." },
    };

    private const string AmountFormat = "Write the amount in digits, e.g. 125000.50, 1,250,000 or 1.25m.";
    private const string AmountAmbiguous = "This could be read as two different amounts. Use a dot for decimals and commas only between groups of three digits, e.g. 1,250,000 or 125000.50.";
    private const string DateFormat = "Not a valid date. Pick one in the calendar (yyyy-MM-dd).";
    private const string DateWindow = "Choose a date between 2024-11-30 and 2031-11-30.";
    private const string Category = "Choose a category: Commit, Upside, Pipeline, Won or Lost.";
    private const string Stage = "Choose a stage: 0, 25, 50, 60, 70, 80, 90 or 100 %.";
    private const string Reason = "This commit is below 90 % or has checklist gaps: say why it is a commit.";
    private const string Duplicate = "You already have a deal with this name for this customer.";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_BadValue_ReportsErrorOnInputWithMessage(string why, string verb, string edits, string inputId, FieldErrorCode code, string message)
    {
        var data = Press(verb, edits);

        var result = CheckInSubmissionParser.Parse(data, Samples.Context());

        var invalid = Assert.IsType<Invalid>(result);
        var error = Assert.Single(invalid.Errors, e => e.Code == code);
        Assert.True((error.InputId ?? string.Empty) == inputId, $"{why}: error on '{error.InputId}'");
        Assert.Equal(message, error.Message(CardLocale.English));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_AfterBadValue_ShowsMessageAndKeepsTypedValue(string why, string verb, string edits, string inputId, FieldErrorCode code, string message)
    {
        var data = Press(verb, edits);
        var invalid = Assert.IsType<Invalid>(CheckInSubmissionParser.Parse(data, Samples.Context()));

        var card = CheckInCard.Build(Samples.Model() with { Draft = invalid.Draft, Errors = invalid.Errors }, CardLocale.English).ToJson();

        var texts = CheckInCardTests.Texts(card);
        Assert.True(texts.Contains(message), $"{why} ({code}): message not shown");
        if (inputId.Length > 0 && Split(edits).TryGetValue(inputId, out var typed) && !inputId.EndsWith("-cfg", StringComparison.Ordinal))
        {
            var shown = CardClient.Input(card, inputId)["value"]?.ToString() ?? string.Empty;
            Assert.Equal(typed, shown);
        }
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("+5", "5")]
    [InlineData(" 125000 ", "125000")]
    [InlineData("007", "7")]
    [InlineData("0.5", "0.5")]
    [InlineData("125000.50", "125000.50")]
    [InlineData("1000000000", "1000000000")]
    [InlineData("1,000.00", "1000")]
    [InlineData("125 000", "125000")]
    [InlineData("$125000", "125000")]
    [InlineData("１２５", "125")]
    [InlineData("120万", "1200000")]
    [InlineData("120萬元", "1200000")]
    [InlineData("1.2亿", "120000000")]
    [InlineData("¥1,200,000", "1200000")]
    [InlineData("NT$ 120萬", "1200000")]
    [InlineData("１２０万", "1200000")]
    public void Parse_AcceptableAmount_IsReadInvariantly(string typed, string expected)
    {
        var data = Press(CheckInVerbs.Submit, "deal-D-1042-amount=" + typed);

        var deals = Assert.IsType<Submitted>(CheckInSubmissionParser.Parse(data, Samples.Context())).Deals;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deals[0].Amount);
        Assert.False(decimal.IsNegative(deals[0].Amount));
    }

    [Fact]
    public void Parse_SingleThousandsComma_IsAmbiguousOnlyForADecimalCommaTeam()
    {
        var data = Press(CheckInVerbs.Submit, "deal-D-1042-amount=1,500");

        var english = CheckInSubmissionParser.Parse(data, Samples.Context() with { NumberCulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN") });
        var german = CheckInSubmissionParser.Parse(data, Samples.Context() with { NumberCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE") });

        Assert.Equal(1_500m, Assert.IsType<Submitted>(english).Deals[0].Amount);
        Assert.Equal(FieldErrorCode.AmountAmbiguous, Assert.Single(Assert.IsType<Invalid>(german).Errors).Code);
    }

    [Theory]
    [InlineData("deal-D-3003-close=2026-10-01")]
    [InlineData("deal-D-1042-category=Lost|deal-D-1042-close=2026-11-02")]
    [InlineData("deal-D-1042-stage=80|deal-D-1042-reason=Customer signs on Tuesday")]
    [InlineData("deal-D-3003-unreal=false")]
    [InlineData("deal-D-1042-cfg=|deal-D-1042-reason=Config in review")]
    public void Parse_ValidEdge_IsAccepted(string edits)
    {
        var result = CheckInSubmissionParser.Parse(Press(CheckInVerbs.Submit, edits), Samples.Context());

        Assert.IsType<Submitted>(result);
    }

    [Fact]
    public void Message_EveryCode_HasAnEnglishText()
    {
        foreach (var code in Enum.GetValues<FieldErrorCode>().Where(c => c != FieldErrorCode.Unknown))
        {
            object[] arguments = code switch
            {
                FieldErrorCode.DateOutOfRange => [new DateOnly(2026, 11, 30), new DateOnly(2027, 12, 1)],
                FieldErrorCode.CloseDateInPast or FieldErrorCode.AwayDateInPast => [new DateOnly(2026, 11, 30)],
                FieldErrorCode.AmountTooLarge => [1_000_000m],
                FieldErrorCode.TextTooLong => [120, 121],
                FieldErrorCode.TooManyDeals => [99],
                _ => [],
            };
            var error = new FieldError("x", code) { Arguments = arguments };

            var message = error.Message(CardLocale.English);

            Assert.False(string.IsNullOrWhiteSpace(message), code.ToString());
            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        }
    }

    private static System.Text.Json.Nodes.JsonObject Press(string verb, string edits)
    {
        var card = CheckInCard.Build(Samples.Model(), CardLocale.English).ToJson();
        var all = Split(edits);
        var data = CardClient.Press(card, verb, all.Where(p => p.Key != "slots").ToDictionary(p => p.Key, p => p.Value));
        if (all.TryGetValue("slots", out var slots))
        {
            data["slots"] = slots;
        }

        return data;
    }

    /// <summary>"key=value|key=value"; a later key overrides an earlier one.</summary>
    private static Dictionary<string, string> Split(string edits)
    {
        var result = new Dictionary<string, string>();
        foreach (var pair in edits.Split('|').Select(e => e.Split('=', 2)))
        {
            result[pair[0]] = pair[1];
        }

        return result;
    }
}
