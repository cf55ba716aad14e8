using BotCommit.Bot.Resources;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Every text command BotCommit understands, in the order help lists them. Matching is forgiving: case, extra spaces,
/// trailing punctuation and the listed aliases (<c>set time zone</c> = <c>set timezone</c> = <c>tz</c>) do not matter;
/// the longest matching words win (<c>set summary channel</c> before <c>set summary</c>).
/// </summary>
internal sealed class CommandCatalogue
{
    public static readonly CommandDefinition Help = Everyone(CommandKind.Help, "help", ["?", "hi", "hello", "hey", "start", "menu", "commands"], nameof(BotStrings.CommandHelpDescription));

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
        Everyone(CommandKind.Commit, "commit", ["my card", "card", "check in", "check-in", "checkin"], nameof(BotStrings.CommandCommitDescription)),
        Everyone(CommandKind.Away, "away until", ["away", "i'm away", "im away"], nameof(BotStrings.CommandAwayDescription), "away until DATE"),
        Everyone(CommandKind.Skip, "skip week", ["skip"], nameof(BotStrings.CommandSkipDescription), "skip week REASON"),
        Everyone(CommandKind.Back, "back", ["i'm back", "im back"], nameof(BotStrings.CommandBackDescription)),
        Admin(CommandKind.Status, "status", ["week status"], nameof(BotStrings.CommandStatusDescription), null),
        Admin(CommandKind.NudgeNow, "nudge now", ["nudge"], nameof(BotStrings.CommandNudgeNowDescription), nameof(BotStrings.UsageNudgeNow), "nudge now [@rep]"),
        Admin(CommandKind.SummaryNow, "summary now", ["preview summary", "summary preview"], nameof(BotStrings.CommandSummaryNowDescription), null),
        Admin(CommandKind.PostSummary, "post summary", ["summary post", "post"], nameof(BotStrings.CommandPostSummaryDescription), null),
        Admin(CommandKind.Export, "export", ["export csv"], nameof(BotStrings.CommandExportDescription), nameof(BotStrings.UsageExport), "export [WEEK]"),
        Admin(CommandKind.Audit, "audit", ["audit log", "history", "changes"], nameof(BotStrings.CommandAuditDescription), null),
        Admin(CommandKind.SetChannel, "set channel", ["set summary channel", "use this channel"], nameof(BotStrings.CommandSetChannelDescription), null),
        Admin(CommandKind.SetTimeZone, "set timezone", ["set time zone", "set time-zone", "set tz", "timezone", "time zone", "tz"], nameof(BotStrings.CommandSetTimeZoneDescription), nameof(BotStrings.UsageSetTimeZone), "set timezone ZONE"),
        Admin(CommandKind.SetNudge, "set nudge", ["set nudge time"], nameof(BotStrings.CommandSetNudgeDescription), nameof(BotStrings.UsageSetNudge), "set nudge DAY TIME"),
        Admin(CommandKind.SetReminder, "set reminder", ["set reminders", "set reminder time"], nameof(BotStrings.CommandSetReminderDescription), nameof(BotStrings.UsageSetReminder), "set reminder DAY TIME"),
        Admin(CommandKind.SetDeadline, "set deadline", ["set deadline time"], nameof(BotStrings.CommandSetDeadlineDescription), nameof(BotStrings.UsageSetDeadline), "set deadline DAY TIME"),
        Admin(CommandKind.SetSummary, "set summary", ["set summary time"], nameof(BotStrings.CommandSetSummaryDescription), nameof(BotStrings.UsageSetSummary), "set summary DAY TIME"),
        Admin(CommandKind.SetCall, "set call", ["set call time"], nameof(BotStrings.CommandSetCallDescription), nameof(BotStrings.UsageSetCall), "set call DAY TIME"),
        Admin(CommandKind.SetTarget, "set target", ["set targets"], nameof(BotStrings.CommandSetTargetDescription), nameof(BotStrings.UsageSetTarget), "set target month|quarter PERIOD AMOUNT [for @rep]"),
        Admin(CommandKind.SetFiscalYearStart, "set fiscal year start", ["set fiscal year", "set fiscal start", "set fy start"], nameof(BotStrings.CommandSetFiscalYearStartDescription), nameof(BotStrings.UsageSetFiscalYearStart), "set fiscal year start MONTH"),
        Admin(CommandKind.SetCurrency, "set currency", [], nameof(BotStrings.CommandSetCurrencyDescription), nameof(BotStrings.UsageSetCurrency), "set currency CODE"),
        Admin(CommandKind.ImportRoster, "import roster", ["import team", "sync roster"], nameof(BotStrings.CommandImportRosterDescription), null),
        Admin(CommandKind.AddRep, "add rep", ["add reps"], nameof(BotStrings.CommandAddRepDescription), nameof(BotStrings.UsageAddRep), "add rep @person"),
        Admin(CommandKind.RemoveRep, "remove rep", ["remove reps", "delete rep"], nameof(BotStrings.CommandRemoveRepDescription), nameof(BotStrings.UsageRemoveRep), "remove rep @person"),
        Admin(CommandKind.SetManager, "set manager", [], nameof(BotStrings.CommandSetManagerDescription), nameof(BotStrings.UsageSetManager), "set manager @rep @manager"),
        Admin(CommandKind.AddAdmin, "add admin", ["add admins"], nameof(BotStrings.CommandAddAdminDescription), nameof(BotStrings.UsageAddAdmin), "add admin @person"),
        Admin(CommandKind.RemoveAdmin, "remove admin", ["remove admins", "delete admin"], nameof(BotStrings.CommandRemoveAdminDescription), nameof(BotStrings.UsageRemoveAdmin), "remove admin @person"),
        Variant(CommandKind.AwayRep, "away @rep until DATE", nameof(BotStrings.CommandAwayRepDescription), nameof(BotStrings.UsageAwayRep)),
        Variant(CommandKind.BackRep, "back @rep", nameof(BotStrings.CommandBackRepDescription), nameof(BotStrings.UsageBackRep)),
        Variant(CommandKind.SkipWeek, "skip week WEEK REASON", nameof(BotStrings.CommandSkipWeekDescription), nameof(BotStrings.UsageSkipWeek)),
        Admin(CommandKind.UnskipWeek, "unskip week", ["unskip"], nameof(BotStrings.CommandUnskipWeekDescription), nameof(BotStrings.UsageUnskipWeek), "unskip week WEEK"),
        Admin(CommandKind.Pause, "pause", ["pause schedule"], nameof(BotStrings.CommandPauseDescription), null),
        Admin(CommandKind.Resume, "resume", ["unpause", "resume schedule"], nameof(BotStrings.CommandResumeDescription), null),
        Admin(CommandKind.ReassignDeals, "reassign deals", ["reassign", "move deals"], nameof(BotStrings.CommandReassignDealsDescription), nameof(BotStrings.UsageReassignDeals), "reassign deals @from @to"),
    ];

    public CommandDefinition Get(CommandKind kind) => All.First(c => c.Kind == kind);

    /// <summary>
    /// Finds the command a message means: case-insensitive, ignoring surrounding punctuation and extra spaces, by name
    /// or alias. Returns the command and the rest of the text (its arguments), or null.
    /// </summary>
    public (CommandDefinition Command, string Arguments)? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Trim().TrimEnd('.', '!', '?').Trim();
        if (normalized.Length == 0 && text.Contains('?', StringComparison.Ordinal))
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
                return (command, normalized[(words.Length + 1)..].Trim());
            }
        }

        return null;
    }

    private static CommandDefinition Everyone(CommandKind kind, string name, string[] aliases, string description, string? title = null) =>
        new(kind, title ?? name, [name, .. aliases], description, null, CommandAccess.Everyone);

    private static CommandDefinition Admin(CommandKind kind, string name, string[] aliases, string description, string? usage, string? title = null) =>
        new(kind, title ?? name, [name, .. aliases], description, usage, CommandAccess.Admin);

    // Reached from another command's words (e.g. "away" with an @mention); listed in help for admins only.
    private static CommandDefinition Variant(CommandKind kind, string title, string description, string usage) =>
        new(kind, title, [], description, usage, CommandAccess.Admin);
}
