using System.Text.Json.Nodes;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Admins and reps typing Chinese from a Chinese Teams client: the command words, every argument form of the glossary,
/// and answers in the reader's language and script.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ChineseCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CommandHost _host = null!;

    public async Task InitializeAsync() => _host = await CommandHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, DayOfWeek, int, int> WeeklyTimes => new()
    {
        { "设置截止时间 周一 6:45", "deadline", DayOfWeek.Monday, 6, 45 },
        { "设置截止时间周一早上7点半", "deadline", DayOfWeek.Monday, 7, 30 },
        { "設定截止時間 週一 上午7點15分", "deadline", DayOfWeek.Monday, 7, 15 },
        { "设置发卡时间 每周日下午3点", "nudge", DayOfWeek.Sunday, 15, 0 },
        { "設定發卡時間 禮拜天 14:00", "nudge", DayOfWeek.Sunday, 14, 0 },
        { "设置汇总时间 星期一 08:15", "summaryTime", DayOfWeek.Monday, 8, 15 },
        { "设置会议时间 礼拜一 上午9点半", "callTime", DayOfWeek.Monday, 9, 30 },
        { "设置截止时间 周一 ７：４５", "deadline", DayOfWeek.Monday, 7, 45 },
    };

    [Theory]
    [MemberData(nameof(WeeklyTimes))]
    public async Task SetWeeklyTime_ChineseDayAndTime_IsStoredAndConfirmedInChinese(string command, string setting, DayOfWeek day, int hour, int minute)
    {
        var answer = await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, command), "zh-CN"));

        var schedule = (await _host.TeamAsync()).Schedule;
        var stored = setting switch
        {
            "deadline" => schedule.Deadline,
            "nudge" => schedule.Nudge,
            "summaryTime" => schedule.Summary,
            _ => schedule.Call,
        };
        Assert.Equal(new LocalWeeklyTime(day, new TimeOnly(hour, minute)), stored);
        Assert.Contains("已更改", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetReminder_ChineseListWithEnumerationComma_StoresBoth()
    {
        await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "设置提醒 周日21:00、周一早上6点"), "zh-CN"));

        var reminders = (await _host.TeamAsync()).Schedule.Reminders.Select(r => r.At).ToList();
        Assert.Equal([new LocalWeeklyTime(DayOfWeek.Sunday, new TimeOnly(21, 0)), new LocalWeeklyTime(DayOfWeek.Monday, new TimeOnly(6, 0))], reminders);
    }

    [Theory]
    [InlineData("设置目标 2026年12月 120万", "2026-12", 1_200_000)]
    [InlineData("設定目標 月度 2026年12月 120萬元", "2026-12", 1_200_000)]
    [InlineData("设置目标 本月 ¥1,200,000", "2026-12", 1_200_000)]
    [InlineData("设置目标 下个月 １２０万", "2027-01", 1_200_000)]
    [InlineData("设置目标 12月 1.2亿", "2026-12", 120_000_000)]
    public async Task SetTarget_ChineseMonthAndAmount_StoresIt(string command, string month, decimal amount)
    {
        await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, command), "zh-CN"));

        Assert.Equal(amount, (await _host.TeamAsync()).MonthTargets[month]);
    }

    [Theory]
    [InlineData("设置目标 2026年第四季度 300万", "2026-10")]
    [InlineData("设置目标 第四季度 3,000,000", "2026-10")]
    [InlineData("設定目標 本季 300萬", "2026-10")]
    [InlineData("设置目标 季度 Q4 300万", "2026-10")]
    [InlineData("设置目标 下季度 300万", "2027-01")]
    public async Task SetTarget_ChineseQuarter_KeysByTheQuartersFirstMonth(string command, string key)
    {
        await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, command), "zh-TW"));

        Assert.Equal(3_000_000m, (await _host.TeamAsync()).QuarterTargets[key]);
    }

    [Fact]
    public async Task SetTarget_AmbiguousAmount_IsRefusedWithTheReasonInChinese()
    {
        var answer = await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "设置目标 2026年12月 1.200.000"), "zh-CN"));

        Assert.Empty((await _host.TeamAsync()).MonthTargets);
        Assert.Contains("“1.200.000”可能被读成两个不同的金额", answer.Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // as shown, without markdown escapes
        Assert.Contains("设置目标 2026年12月 120万", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetFiscalYearStartAndCurrency_ChineseNames_AreStored()
    {
        await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "設定會計年度起始月 七月"), "zh-TW"));
        var answer = await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "设置币种 人民币"), "zh-CN"));

        var team = await _host.TeamAsync();
        Assert.Equal((7, "CNY"), (team.FiscalYearStartMonth, team.Currency));
        Assert.Contains("币种已更改", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipWeek_ChineseWeekAndReason_MarksTheHolidayInTraditionalCharacters()
    {
        var answer = await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "跳過 第52週 聖誕節"), "zh-TW"));

        Assert.Equal("聖誕節", (await _host.TeamAsync()).SkippedWeeks[ForecastWeek.Parse("2026-W52")]);
        Assert.Contains("已跳過 2026年第52週", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Away_RepInChinese_ReadsTheChineseDateAndAnswersInChinese()
    {
        await _host.AddRepAsync(People.Rita);

        var answer = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Rita, "请假到12月14日"), "zh-CN"));

        Assert.Equal(new DateOnly(2026, 12, 14), (await _host.RepAsync(People.Rita))!.AwayUntil);
        Assert.Contains("已记录：你请假到", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Away_AmbiguousDate_IsRefusedWithTheReason()
    {
        await _host.AddRepAsync(People.Rita);

        var answer = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Rita, "請假到 12/7/2026"), "zh-TW"));

        Assert.Null((await _host.RepAsync(People.Rita))!.AwayUntil);
        Assert.Contains("「12/7/2026」可能是兩個不同的日子", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwayRep_AdminInChinese_WithMentionAndChineseFiller()
    {
        await _host.AddRepAsync(People.Dana);

        await _host.AnswerAsync(Zh(_host.ChannelMessage(People.Olivia, "请假 <at>Dana Kim</at> 到 2026年12月14日", People.Dana), "zh-CN"));

        Assert.Equal(new DateOnly(2026, 12, 14), (await _host.RepAsync(People.Dana))!.AwayUntil);
    }

    [Theory]
    [InlineData("zh-CN", "帮助", "立即提醒 [@销售代表]", "设置截止时间 星期几 时间")]
    [InlineData("zh-TW", "說明", "立即提醒 [@業務代表]", "設定截止時間 星期幾 時間")]
    [InlineData("zh-HK", "幫助", "移交專案 @原代表 @新代表", "設定會計年度起始月 月份")]
    public async Task Help_ChineseReader_ListsTheCommandsInTheirLanguageAndScript(string locale, string command, string title1, string title2)
    {
        var answer = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Olivia, command), locale));

        Assert.Contains(title1 + ":", answer, StringComparison.Ordinal);
        Assert.Contains(title2 + ":", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("set deadline DAY TIME", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_ChineseReader_GetsAChineseAnswer()
    {
        var answer = await _host.AnswerAsync(Zh(_host.PersonalMessage(People.Olivia, "你是谁"), "zh-CN"));

        Assert.Contains("抱歉，我没有看懂“你是谁”", answer, StringComparison.Ordinal);
    }

    private static JsonObject Zh(JsonObject activity, string locale)
    {
        activity["locale"] = locale;
        return activity;
    }
}
