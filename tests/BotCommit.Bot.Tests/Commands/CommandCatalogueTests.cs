using BotCommit.Bot.Commands;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>Finding the command in forgiving text, and telling people's @mentions apart from the words.</summary>
public sealed class CommandCatalogueTests
{
    private readonly CommandCatalogue _catalogue = new();

    [Theory]
    [InlineData("set timezone Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("set time zone Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("SET   TZ   Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("tz Europe/Berlin", "SetTimeZone", "Europe/Berlin")]
    [InlineData("set summary channel", "SetChannel", "")]
    [InlineData("set summary Monday 8:00", "SetSummary", "Monday 8:00")]
    [InlineData("summary now post", "SummaryNow", "post")]
    [InlineData("post", "PostSummary", "")]
    [InlineData("skip weekend trip", "Skip", "weekend trip")]
    [InlineData("skip week W52 Christmas.", "Skip", "W52 Christmas")]
    [InlineData("Nudge Now!", "NudgeNow", "")]
    [InlineData("monthly now 2026-12", "MonthlyNow", "2026-12")]
    [InlineData("monthly now", "MonthlyNow", "")]
    [InlineData("monthly on", "MonthlyForecastOn", "")]
    [InlineData("立即月度总结", "MonthlyNow", "")]
    [InlineData("立即月度總結2026-12", "MonthlyNow", "2026-12")]
    [InlineData("立即發布月度總結 2026年11月", "MonthlyNow", "2026年11月")]
    [InlineData("set fy start 7", "SetFiscalYearStart", "7")]
    [InlineData("?", "Help", "")]
    public void Match_AliasesCaseAndSpaces_FindTheCommand(string text, string kind, string arguments)
    {
        var match = _catalogue.Match(text);

        Assert.NotNull(match);
        Assert.Equal((kind, arguments), (match.Value.Command.Kind.ToString(), match.Value.Arguments));
    }

    [Theory]
    [InlineData("帮助", "Help", "")]
    [InlineData("幫助", "Help", "")]
    [InlineData("說明", "Help", "")]
    [InlineData("？", "Help", "")]
    [InlineData("承诺", "Commit", "")]
    [InlineData("承諾", "Commit", "")]
    [InlineData("提交", "Commit", "")]
    [InlineData("请假到12月14日", "Away", "12月14日")]
    [InlineData("請假到 2026-12-14", "Away", "2026-12-14")]
    [InlineData("请假 到 2026-12-14", "Away", "到 2026-12-14")]
    [InlineData("本周跳过 陪产假", "Skip", "陪产假")]
    [InlineData("本週跳過陪產假", "Skip", "陪產假")]
    [InlineData("本周跳过　陪产假，下周回来。", "Skip", "陪产假，下周回来")]
    [InlineData("跳过 第52周 圣诞节", "Skip", "第52周 圣诞节")]
    [InlineData("销假", "Back", "")]
    [InlineData("銷假", "Back", "")]
    [InlineData("状态", "Status", "")]
    [InlineData("狀態。", "Status", "")]
    [InlineData("立即提醒", "NudgeNow", "")]
    [InlineData("立即提醒 再次", "NudgeNow", "再次")]
    [InlineData("立即汇总", "SummaryNow", "")]
    [InlineData("立即彙總 發布", "SummaryNow", "發布")]
    [InlineData("发布汇总", "PostSummary", "")]
    [InlineData("發布彙總", "PostSummary", "")]
    [InlineData("导出 2026-W49", "Export", "2026-W49")]
    [InlineData("匯出 上週", "Export", "上週")]
    [InlineData("审计", "Audit", "")]
    [InlineData("稽核", "Audit", "")]
    [InlineData("设置频道", "SetChannel", "")]
    [InlineData("設定頻道", "SetChannel", "")]
    [InlineData("设置时区 Asia/Shanghai", "SetTimeZone", "Asia/Shanghai")]
    [InlineData("設定時區 Asia/Taipei", "SetTimeZone", "Asia/Taipei")]
    [InlineData("设置发卡时间 周日 16:00", "SetNudge", "周日 16:00")]
    [InlineData("设置提醒 周日 20:00, 周一 6:30", "SetReminder", "周日 20:00, 周一 6:30")]
    [InlineData("设置截止时间 周一 7:00", "SetDeadline", "周一 7:00")]
    [InlineData("设置截止时间周一早上7点", "SetDeadline", "周一早上7点")]
    [InlineData("设置截止时间　周一　７：００", "SetDeadline", "周一 ７：００")]
    [InlineData("設定截止時間 週一 上午7點", "SetDeadline", "週一 上午7點")]
    [InlineData("设置汇总时间 周一 8:00", "SetSummary", "周一 8:00")]
    [InlineData("设置会议时间 周一 9:00", "SetCall", "周一 9:00")]
    [InlineData("设置目标 2026年12月 120万", "SetTarget", "2026年12月 120万")]
    [InlineData("设置财年起始月 7月", "SetFiscalYearStart", "7月")]
    [InlineData("設定會計年度起始月 7月", "SetFiscalYearStart", "7月")]
    [InlineData("设置币种 人民币", "SetCurrency", "人民币")]
    [InlineData("設定幣別 TWD", "SetCurrency", "TWD")]
    [InlineData("导入名单", "ImportRoster", "")]
    [InlineData("匯入名單", "ImportRoster", "")]
    [InlineData("添加销售代表", "AddRep", "")]
    [InlineData("新增業務代表", "AddRep", "")]
    [InlineData("移除销售代表", "RemoveRep", "")]
    [InlineData("设置经理", "SetManager", "")]
    [InlineData("設定主管", "SetManager", "")]
    [InlineData("添加管理员", "AddAdmin", "")]
    [InlineData("移除管理員", "RemoveAdmin", "")]
    [InlineData("取消跳过 第52周", "UnskipWeek", "第52周")]
    [InlineData("暂停", "Pause", "")]
    [InlineData("恢復", "Resume", "")]
    [InlineData("移交商机", "ReassignDeals", "")]
    [InlineData("移交專案", "ReassignDeals", "")]
    [InlineData("离职交接", "ReassignDeals", "")]
    public void Match_ChineseWords_FindTheCommand(string text, string kind, string arguments)
    {
        var match = _catalogue.Match(text);

        Assert.NotNull(match);
        Assert.Equal((kind, arguments), (match.Value.Command.Kind.ToString(), match.Value.Arguments));
    }

    [Theory]
    [InlineData("settimezone Europe/Berlin")]
    [InlineData("please set the deadline")]
    public void Match_UnknownText_IsNull(string text) => Assert.Null(_catalogue.Match(text));

    [Fact]
    public void All_EveryKindHasOneDefinitionAndAdminTitlesFitTheManifest()
    {
        var kinds = Enum.GetValues<CommandKind>().Where(k => k != CommandKind.Unknown);

        Assert.Equal(kinds.Order(), _catalogue.All.Select(c => c.Kind).Order());
        Assert.All(_catalogue.All, c =>
        {
            var title = BotCommit.Bot.Resources.BotStrings.ResourceManager.GetString(CommandDefinition.TitleResource(c.Kind), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            Assert.True(title.Length is > 0 and <= 32 || c.Words.Count == 0 || c.Kind is CommandKind.SetTarget or CommandKind.SetRegionTarget, title);
        });
    }

    [Fact]
    public void Extract_Mentions_InTextOrderWithoutTheBotAndWithoutTheirMarkup()
    {
        var activity = new Activity
        {
            Recipient = new ChannelAccount { Id = "28:bot", Name = "BotCommit" },
            Entities =
            [
                new Entity { Type = "mention", Text = "<at>Chen Wei</at>", Mentioned = new ChannelAccount { Id = "29:chen", Name = "Chen Wei" } },
                new Entity { Type = "mention", Text = "<at>BotCommit</at>", Mentioned = new ChannelAccount { Id = "28:bot", Name = "BotCommit" } },
                new Entity { Type = "mention", Text = "<at>Dana Kim</at>", Mentioned = new ChannelAccount { Id = "29:dana", Name = "Dana Kim" } },
                new Entity { Type = "clientInfo" },
            ],
        };

        var result = MentionedText.Extract(activity, "set manager <at>Dana Kim</at>  <at>Chen Wei</at>");

        Assert.Equal(["29:dana", "29:chen"], result.People.Select(p => p.Id));
        Assert.Equal("set manager", result.Text);
        Assert.Equal(0, result.Unresolved);
    }

    [Fact]
    public void Extract_MarkupWithoutAnEntity_IsDroppedAndCounted()
    {
        var result = MentionedText.Extract(new Activity(), "add rep <at>Somebody</at>");

        Assert.Empty(result.People);
        Assert.Equal(("add rep", 1), (result.Text, result.Unresolved));
    }

    [Fact]
    public void Extract_SixtyThousandUnclosedMentions_StaysLinearAndKeepsTheText()
    {
        var text = string.Concat(Enumerable.Repeat("<at>", 60_000));

        var result = MentionedText.Extract(new Activity(), text);

        Assert.Equal((0, text.Length), (result.Unresolved, result.Text.Length));
    }

    [Theory]
    [InlineData("short", 40, "short")]
    [InlineData("aaaaaaaaa\U0001F680 and more", 10, "aaaaaaaaa\U0001F680…")]
    [InlineData("e\u0301e\u0301e\u0301", 2, "e\u0301e\u0301…")]
    public void Shorten_CutsAtWholeCharactersAsPeopleSeeThem(string text, int max, string expected) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), Display.Shorten(System.Text.RegularExpressions.Regex.Unescape(text), max));
}
