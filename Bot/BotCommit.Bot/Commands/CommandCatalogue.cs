using BotCommit.Bot.Resources;
using BotCommit.Forecasting.Input;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Every text command BotCommit understands, in the order help lists them, with its English and Chinese words (simplified
/// and traditional; <c>设置</c>/<c>設定</c> in either script). Matching is forgiving: case, extra spaces, full-width
/// forms, trailing punctuation (<c>.!?。！？</c>) and the listed aliases (<c>set time zone</c> = <c>set timezone</c> =
/// <c>tz</c> = <c>设置时区</c>) do not matter; the longest matching words win (<c>set summary channel</c> before
/// <c>set summary</c>); Chinese words may run straight into their arguments (<c>请假到12月14日</c>).
/// </summary>
internal sealed class CommandCatalogue
{
    public static readonly CommandDefinition Help = Everyone(
        CommandKind.Help, "help", ["?", "hi", "hello", "hey", "start", "menu", "commands", "帮助", "幫助", "说明", "說明", "菜单", "選單", "命令", "指令", "你好", "您好"],
        nameof(BotStrings.CommandHelpDescription));

    private static readonly string[] SetVerbs = ["设置", "設置", "设定", "設定"];

    private readonly IReadOnlyList<(string Words, CommandDefinition Command)> _matchOrder;

    public CommandCatalogue()
    {
        _matchOrder = All
            .SelectMany(c => c.Words.Select(w => (Words: w, Command: c)))
            .OrderByDescending(p => p.Words.Length)
            .ToList();
    }

    public IReadOnlyList<CommandDefinition> All { get; } =
    [
        Help,
        Everyone(CommandKind.Commit, "commit", ["my card", "card", "check in", "check-in", "checkin", "承诺", "承諾", "提交", "上交", "周度承诺", "週度承諾", "我的卡片", "填报", "填報"], nameof(BotStrings.CommandCommitDescription)),
        Everyone(CommandKind.Away, "away until", ["away", "i'm away", "im away", "请假到", "請假到", "请假", "請假", "休假到", "休假"], nameof(BotStrings.CommandAwayDescription)),
        Everyone(CommandKind.Skip, "skip week", ["skip", "本周跳过", "本週跳過", "跳过本周", "跳過本週", "跳过", "跳過"], nameof(BotStrings.CommandSkipDescription)),
        Everyone(CommandKind.Back, "back", ["i'm back", "im back", "销假", "銷假", "我回来了", "我回來了", "回来了", "回來了"], nameof(BotStrings.CommandBackDescription)),
        Admin(CommandKind.Status, "status", ["week status", "状态", "狀態", "本周状态", "本週狀態", "上交情况", "上交情況"], nameof(BotStrings.CommandStatusDescription), null),
        Admin(CommandKind.NudgeNow, "nudge now", ["nudge", "立即提醒", "马上提醒", "馬上提醒", "现在提醒", "現在提醒"], nameof(BotStrings.CommandNudgeNowDescription), nameof(BotStrings.UsageNudgeNow)),
        Admin(CommandKind.SummaryNow, "summary now", ["preview summary", "summary preview", "立即汇总", "立即彙總", "立即匯總", "预览汇总", "預覽彙總", "汇总预览", "彙總預覽"], nameof(BotStrings.CommandSummaryNowDescription), null),
        Admin(CommandKind.PostSummary, "post summary", ["summary post", "post", "发布汇总", "發布彙總", "發佈彙總", "發布匯總", "发布", "發布", "發佈"], nameof(BotStrings.CommandPostSummaryDescription), null),
        Admin(CommandKind.Export, "export", ["export csv", "导出", "匯出", "導出", "汇出"], nameof(BotStrings.CommandExportDescription), nameof(BotStrings.UsageExport)),
        Admin(CommandKind.ExportMonth, "export month", ["export monthly", "export monthly review", "export monthly forecast", "export month review", "month export", "monthly export", "导出月度", "匯出月度", "導出月度", "汇出月度", "导出月度预测", "匯出月度預測", "导出月度总结", "匯出月度總結", "导出月度预测跟踪总结", "匯出月度預測跟蹤總結"], nameof(BotStrings.CommandExportMonthDescription), nameof(BotStrings.UsageExportMonth)),
        Admin(CommandKind.Audit, "audit", ["audit log", "history", "changes", "审计", "審計", "稽核", "变更记录", "變更紀錄", "變更記錄"], nameof(BotStrings.CommandAuditDescription), null),
        Admin(CommandKind.SetChannel, "set channel", ["set summary channel", "use this channel", .. Set("频道", "頻道"), .. Set("汇总频道", "彙總頻道"), "使用此频道", "使用此頻道"], nameof(BotStrings.CommandSetChannelDescription), null),
        Admin(CommandKind.SetTimeZone, "set timezone", ["set time zone", "set time-zone", "set tz", "timezone", "time zone", "tz", .. Set("时区", "時區"), "时区", "時區"], nameof(BotStrings.CommandSetTimeZoneDescription), nameof(BotStrings.UsageSetTimeZone)),
        Admin(CommandKind.SetNudge, "set nudge", ["set nudge time", .. Set("发卡时间", "發卡時間"), .. Set("发卡", "發卡")], nameof(BotStrings.CommandSetNudgeDescription), nameof(BotStrings.UsageSetNudge)),
        Admin(CommandKind.SetReminder, "set reminder", ["set reminders", "set reminder time", .. Set("提醒时间", "提醒時間"), .. Set("提醒", "提醒")], nameof(BotStrings.CommandSetReminderDescription), nameof(BotStrings.UsageSetReminder)),
        Admin(CommandKind.SetDeadline, "set deadline", ["set deadline time", .. Set("截止时间", "截止時間"), .. Set("截止", "截止")], nameof(BotStrings.CommandSetDeadlineDescription), nameof(BotStrings.UsageSetDeadline)),
        Admin(CommandKind.SetSummary, "set summary", ["set summary time", .. Set("汇总时间", "彙總時間"), .. Set("汇总时间", "匯總時間")], nameof(BotStrings.CommandSetSummaryDescription), nameof(BotStrings.UsageSetSummary)),
        Admin(CommandKind.SetCall, "set call", ["set call time", .. Set("会议时间", "會議時間"), .. Set("电话会议时间", "電話會議時間")], nameof(BotStrings.CommandSetCallDescription), nameof(BotStrings.UsageSetCall)),
        Admin(CommandKind.SetTarget, "set target", ["set targets", .. Set("目标", "目標")], nameof(BotStrings.CommandSetTargetDescription), nameof(BotStrings.UsageSetTarget)),
        Admin(CommandKind.SetFiscalYearStart, "set fiscal year start", ["set fiscal year", "set fiscal start", "set fy start", .. Set("财年起始月", "會計年度起始月"), .. Set("财年开始", "財年開始"), .. Set("财年", "會計年度"), .. Set("财年", "財年")], nameof(BotStrings.CommandSetFiscalYearStartDescription), nameof(BotStrings.UsageSetFiscalYearStart)),
        Admin(CommandKind.SetCurrency, "set currency", [.. Set("币种", "幣別"), .. Set("货币", "貨幣")], nameof(BotStrings.CommandSetCurrencyDescription), nameof(BotStrings.UsageSetCurrency)),
        Admin(CommandKind.SetLanguage, "set language", ["set culture", "set team language", "language", .. Set("语言", "語言"), .. Set("团队语言", "團隊語言"), "语言", "語言"], nameof(BotStrings.CommandSetLanguageDescription), nameof(BotStrings.UsageSetLanguage)),
        Admin(CommandKind.SetAmountStyle, "set amounts", ["set amount style", "set amount format", "set amount display", .. Set("金额显示", "金額顯示"), .. Set("金额格式", "金額格式")], nameof(BotStrings.CommandSetAmountStyleDescription), nameof(BotStrings.UsageSetAmountStyle)),
        Admin(CommandKind.ShareSummary, "share summary", ["share everything with the team", "share summary with the team", "share summary with team", "共享汇总", "共享彙總", "汇总与团队共享", "彙總與團隊共享"], nameof(BotStrings.CommandShareSummaryDescription), null),
        Admin(CommandKind.KeepSummaryPrivate, "keep summary private", ["private summary", "unshare summary", "汇总保密", "彙總保密", "取消共享汇总", "取消共享彙總"], nameof(BotStrings.CommandKeepSummaryPrivateDescription), null),
        Admin(CommandKind.ImportRoster, "import roster", ["import team", "sync roster", "导入名单", "匯入名單", "導入名單", "导入成员", "匯入成員"], nameof(BotStrings.CommandImportRosterDescription), null),
        Admin(CommandKind.AddRep, "add rep", ["add reps", "添加销售代表", "新增業務代表", "添加業務代表", "新增销售代表", "添加代表", "新增代表"], nameof(BotStrings.CommandAddRepDescription), nameof(BotStrings.UsageAddRep)),
        Admin(CommandKind.RemoveRep, "remove rep", ["remove reps", "delete rep", "移除销售代表", "移除業務代表", "移除代表"], nameof(BotStrings.CommandRemoveRepDescription), nameof(BotStrings.UsageRemoveRep)),
        Admin(CommandKind.SetManager, "set manager", [.. Set("经理", "主管"), .. Set("主管", "經理")], nameof(BotStrings.CommandSetManagerDescription), nameof(BotStrings.UsageSetManager)),
        Admin(CommandKind.AddAdmin, "add admin", ["add admins", "添加管理员", "新增管理員", "新增管理员", "添加管理員"], nameof(BotStrings.CommandAddAdminDescription), nameof(BotStrings.UsageAddAdmin)),
        Admin(CommandKind.RemoveAdmin, "remove admin", ["remove admins", "delete admin", "移除管理员", "移除管理員"], nameof(BotStrings.CommandRemoveAdminDescription), nameof(BotStrings.UsageRemoveAdmin)),
        Admin(CommandKind.SetRepTimeZone, "set rep timezone", ["set rep time zone", "set rep tz", .. Set("代表时区", "代表時區"), .. Set("销售代表时区", "業務代表時區")], nameof(BotStrings.CommandSetRepTimeZoneDescription), nameof(BotStrings.UsageSetRepTimeZone)),
        Variant(CommandKind.AwayRep, nameof(BotStrings.CommandAwayRepDescription), nameof(BotStrings.UsageAwayRep)),
        Variant(CommandKind.BackRep, nameof(BotStrings.CommandBackRepDescription), nameof(BotStrings.UsageBackRep)),
        Variant(CommandKind.SkipWeek, nameof(BotStrings.CommandSkipWeekDescription), nameof(BotStrings.UsageSkipWeek)),
        Admin(CommandKind.UnskipWeek, "unskip week", ["unskip", "取消跳过", "取消跳過"], nameof(BotStrings.CommandUnskipWeekDescription), nameof(BotStrings.UsageUnskipWeek)),
        Admin(CommandKind.Pause, "pause", ["pause schedule", "暂停", "暫停"], nameof(BotStrings.CommandPauseDescription), null),
        Admin(CommandKind.Resume, "resume", ["unpause", "resume schedule", "恢复", "恢復", "继续", "繼續"], nameof(BotStrings.CommandResumeDescription), null),
        Admin(CommandKind.ReassignDeals, "reassign deals", ["reassign", "move deals", "移交商机", "移交商機", "移交專案", "移交项目", "離職交接", "离职交接"], nameof(BotStrings.CommandReassignDealsDescription), nameof(BotStrings.UsageReassignDeals)),
        Admin(CommandKind.ImportCrm, "import crm", ["crm import", "import opportunities", "import deals", "导入CRM", "匯入CRM", "導入CRM", "导入 CRM", "匯入 CRM", "导入商机", "匯入商機", "匯入專案", "導入商機"], nameof(BotStrings.CommandImportCrmDescription), nameof(BotStrings.UsageImportCrm)),
        Admin(CommandKind.DeleteTeamData, "delete team data", ["erase team data", "删除团队数据", "刪除團隊資料", "刪除團隊數據", "删除团队资料"], nameof(BotStrings.CommandDeleteTeamDataDescription), null),
        Admin(CommandKind.Regions, "regions", ["list regions", "show regions", "org tree", "大区", "大區", "大区列表", "大區列表", "组织架构", "組織架構"], nameof(BotStrings.CommandRegionsDescription), null),
        Admin(CommandKind.AddRegion, "add region", ["create region", "new region", "添加大区", "新增大區", "新增大区", "添加大區", "创建大区", "建立大區"], nameof(BotStrings.CommandAddRegionDescription), nameof(BotStrings.UsageAddRegion)),
        Admin(CommandKind.SetParent, "set parent", ["set parent region", "set region parent", "move under", .. Set("上级大区", "上級大區"), .. Set("上级", "上級")], nameof(BotStrings.CommandSetParentDescription), nameof(BotStrings.UsageSetParent)),
        Admin(CommandKind.SetRegionChannel, "set region channel", ["use this channel for region", .. Set("大区频道", "大區頻道")], nameof(BotStrings.CommandSetRegionChannelDescription), nameof(BotStrings.UsageSetRegionChannel)),
        Admin(CommandKind.SetRegionManager, "set region manager", ["set call manager", "set region managers", .. Set("大区经理", "大區經理"), .. Set("大区主管", "大區主管"), .. Set("承诺经理", "承諾主管")], nameof(BotStrings.CommandSetRegionManagerDescription), nameof(BotStrings.UsageSetRegionManager)),
        Admin(CommandKind.SetRegionTimeZone, "set region timezone", ["set region time zone", "set region tz", "region timezone", "region time zone", .. Set("大区时区", "大區時區")], nameof(BotStrings.CommandSetRegionTimeZoneDescription), nameof(BotStrings.UsageSetRegionTimeZone)),
        Admin(CommandKind.SetRegionFiscalYearStart, "set region fiscal year start", ["set region fiscal year", "set region fiscal start", "set region fy start", .. Set("大区财年起始月", "大區會計年度起始月"), .. Set("大区财年开始", "大區財年開始"), .. Set("大区财年", "大區會計年度"), .. Set("大区财年", "大區財年")], nameof(BotStrings.CommandSetRegionFiscalYearStartDescription), nameof(BotStrings.UsageSetRegionFiscalYearStart)),
        Admin(CommandKind.SetRegionTarget, "set region target", ["set region targets", "region target", "region targets", .. Set("大区目标", "大區目標"), "大区目标", "大區目標"], nameof(BotStrings.CommandSetRegionTargetDescription), nameof(BotStrings.UsageSetRegionTarget)),
        Admin(CommandKind.ExportRegion, "export region", ["region export", "export region summary", "导出大区", "匯出大區", "導出大區", "汇出大区", "导出大区汇总", "匯出大區彙總"], nameof(BotStrings.CommandExportRegionDescription), nameof(BotStrings.UsageExportRegion)),
        Admin(CommandKind.SetTopListSize, "set top", ["set top n", "set top list", "set top lists", "set top list size", .. Set("TOP", "TOP"), .. Set("TOP项目数", "TOP專案數"), .. Set("TOP项目列表", "TOP專案列表"), .. Set("TOP列表", "TOP列表"), .. Set("TOP数量", "TOP數量")], nameof(BotStrings.CommandSetTopListSizeDescription), nameof(BotStrings.UsageSetTopListSize)),
        Admin(CommandKind.MonthlyForecastOn, "monthly on", ["monthly forecast on", "turn monthly forecast on", "turn on monthly forecast", "开启月度预测", "開啟月度預測", "打开月度预测", "打開月度預測", "月度预测开启", "月度預測開啟"], nameof(BotStrings.CommandMonthlyForecastOnDescription), null),
        Admin(CommandKind.MonthlyForecastOff, "monthly off", ["monthly forecast off", "turn monthly forecast off", "turn off monthly forecast", "关闭月度预测", "關閉月度預測", "月度预测关闭", "月度預測關閉"], nameof(BotStrings.CommandMonthlyForecastOffDescription), null),
        Admin(CommandKind.MonthlyNow, "monthly now", ["monthly review now", "post monthly review", "post the monthly review", "立即月度总结", "立即月度總結", "立即月度预测总结", "立即月度預測總結", "立即发布月度总结", "立即發布月度總結", "发布月度总结", "發布月度總結", "月度总结现在", "月度總結現在", "立即月度"], nameof(BotStrings.CommandMonthlyNowDescription), nameof(BotStrings.UsageMonthlyNow)),
    ];

    public CommandDefinition Get(CommandKind kind) => All.First(c => c.Kind == kind);

    /// <summary>
    /// Finds the command a message means: case-insensitive, ignoring surrounding punctuation and extra spaces, by name
    /// or alias. Returns the command and the rest of the text (its arguments), or null.
    /// </summary>
    public (CommandDefinition Command, string Arguments)? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Words are compared in their normalized form (full-width made ASCII, one character for one, so positions
        // agree); the arguments are cut from what was typed, so a reason keeps its own punctuation ("陪产假，下周回来").
        var typed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var normalized = InputText.Normalize(typed).TrimEnd('.', '!', '?').TrimEnd();
        typed = typed[..normalized.Length];
        if (normalized.Length == 0 && InputText.Normalize(text).Contains('?', StringComparison.Ordinal))
        {
            normalized = "?";
        }

        foreach (var (words, command) in _matchOrder)
        {
            if (normalized.Equals(words, StringComparison.OrdinalIgnoreCase))
            {
                return (command, string.Empty);
            }

            if (normalized.StartsWith(words + " ", StringComparison.OrdinalIgnoreCase))
            {
                return (command, typed[(words.Length + 1)..].Trim());
            }

            // Chinese is written without spaces: "请假到12月14日", "设置截止时间周一7点".
            if (InputText.IsIdeograph(words[^1]) && normalized.StartsWith(words, StringComparison.Ordinal))
            {
                return (command, typed[words.Length..].Trim());
            }
        }

        return null;
    }

    /// <summary>"Set X" in both scripts and both verbs (设置 in the mainland, 設定 in Taiwan): 设置时区, 設定時區, 设定时区, 設置時區.</summary>
    private static string[] Set(string simplified, string traditional) =>
        SetVerbs.SelectMany(verb => new[] { verb + simplified, verb + traditional }).Distinct(StringComparer.Ordinal).ToArray();

    private static CommandDefinition Everyone(CommandKind kind, string name, string[] aliases, string description) =>
        new(kind, [name, .. aliases], description, null, CommandAccess.Everyone);

    private static CommandDefinition Admin(CommandKind kind, string name, string[] aliases, string description, string? usage) =>
        new(kind, [name, .. aliases], description, usage, CommandAccess.Admin);

    // Reached from another command's words (e.g. "away" with an @mention); listed in help for admins only.
    private static CommandDefinition Variant(CommandKind kind, string description, string usage) =>
        new(kind, [], description, usage, CommandAccess.Admin);
}
