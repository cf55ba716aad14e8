using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>Read-only admin commands: <c>status</c>, <c>audit</c> (the last 20 changes) and <c>export [week]</c>.</summary>
internal sealed class ReportCommands(
    StatusReport status,
    IAuditLog audit,
    SettingsEditor editor,
    PeopleNames names,
    SubmissionsExport export,
    IRosterStore roster,
    TeamClock clock,
    BotCommit.Forecasting.UseCases.ComputeWeeklySummary summaries,
    Summary.SummaryOfRecord record,
    Downloads.DownloadLinks links)
{
    public const int AuditRows = 20;

    public async Task<CommandReply> StatusAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = await status.BuildAsync(context.Team, cancellationToken);
        return context.Privately(CommandReply.Card(StatusCard.Build(model, context.Locale)));
    }

    public async Task<CommandReply> AuditAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = context.Team;
        await editor.FlushPendingAuditAsync(team.Id, cancellationToken); // a change whose entry a failure left in its outbox
        var entries = await audit.ListRecentAsync(team.Id, AuditRows, cancellationToken);
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        async Task<string> NameAsync(string id)
        {
            if (!known.TryGetValue(id, out var name))
            {
                name = await names.NameOfAsync(team.Id, id, cancellationToken) ?? id;
                known[id] = name;
            }

            return name;
        }

        var rows = new List<AuditRow>(entries.Count);
        foreach (var entry in entries)
        {
            var (key, qualifiers) = SettingKeys.Split(entry.Setting);
            var label = BotStrings.ResourceManager.GetString("Setting" + char.ToUpperInvariant(key[0]) + key[1..], context.Texts.UiCulture) ?? key;
            var parts = new List<string> { label };
            foreach (var qualifier in qualifiers)
            {
                parts.Add(LooksLikePeriod(qualifier) ? qualifier : await NameAsync(qualifier));
            }

            var personValues = key is SettingKeys.Manager or SettingKeys.Deals;
            var before = personValues && entry.OldValue is { } oldId && !oldId.Contains(' ', StringComparison.Ordinal) ? await NameAsync(oldId) : entry.OldValue;
            var after = personValues && entry.NewValue is { } newId ? await NameAsync(newId) : entry.NewValue;
            rows.Add(new AuditRow(TeamClock.Local(team, entry.At), await NameAsync(entry.Actor.Value), string.Join(' ', parts), before, after));
        }

        return context.Privately(CommandReply.Card(AuditCard.Build(team.Name, rows, context.Locale)));
    }

    /// <summary><c>export</c> (this week), <c>export 2026-W49</c>, <c>export last week</c>.</summary>
    public async Task<CommandReply> ExportAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = context.Team;
        var current = clock.CurrentWeek(team, await roster.ListAsync(team.Id, cancellationToken));
        var week = current;
        if (context.Arguments.Length > 0 && !WeekParser.TryParse(context.Arguments, current, out week))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.WeekNotUnderstood), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        // A posted week exports what its summary used (the settings of record and the summary JSON kept with the post); the
        // snapshots are resolved on that week's fiscal calendar. A week never posted exports today's settings.
        var kept = await record.GetAsync(team.Id, week, cancellationToken);
        var keptSettings = kept is { } posted ? BotCommit.Exchange.TeamSettingsJson.Read(posted.SettingsJson, team.Id).Settings : null;
        var exportTeam = keptSettings is null ? team : team with { FiscalYearStartMonth = keptSettings.FiscalYearStartMonth, TimeZoneId = keptSettings.TimeZoneId };
        var (reps, rows, parts) = await export.ExportAsync(exportTeam, week, cancellationToken);
        if (reps == 0)
        {
            return context.Say(nameof(BotStrings.ExportEmpty), week);
        }

        if (parts.Count > SubmissionsExport.MaxParts)
        {
            return context.Say(nameof(BotStrings.ExportTooLarge), week, rows);
        }

        var messages = new List<Activity>
        {
            MessageFactory.Text(context.Texts.Format(nameof(BotStrings.ExportIntro), week, reps, rows, parts.Count)),
        };
        messages.AddRange(parts.Select(part => new Activity { Type = ActivityTypes.Message, Text = part, TextFormat = "plain" }));

        // The week's summary in the summary JSON exchange format, and the settings the offline summary needs with it.
        var files = kept ?? (await summaries.ComputeAsync(team.Id, week, cancellationToken) is { } summary
            ? (BotCommit.Exchange.TeamSettingsJson.Write(team, await roster.ListAsync(team.Id, cancellationToken)), BotCommit.Exchange.SummaryJson.Write(summary))
            : null);
        if (files is { } found)
        {
            var (settingsJson, summaryJson) = found;
            messages.Add(MessageFactory.Text(context.Texts.Format(nameof(BotStrings.ExportSummaryIntro), week)));
            messages.AddRange(SubmissionsExport.Split(summaryJson).Select(part => new Activity { Type = ActivityTypes.Message, Text = part, TextFormat = "plain" }));
            messages.AddRange(SubmissionsExport.Split(settingsJson).Select(part => new Activity { Type = ActivityTypes.Message, Text = part, TextFormat = "plain" }));
        }

        // The files last, so the links are what the admin sees first at the bottom of the chat.
        if (FilesCard(context, week) is { } filesCard)
        {
            messages.Add(MessageFactory.Card(filesCard.ToJson(), filesCard.FallbackText));
        }

        return context.Privately(new CommandReply(messages));
    }

    /// <summary>
    /// The export's files as single-use download links for this admin (issue #19; why links and not Teams' file consent:
    /// Bot/BotCommit.Exchange/README.md, "Delivering the files"). Null when the bot has no public address configured.
    /// </summary>
    private AdaptiveCard? FilesCard(AdminCommandContext context, BotCommit.Forecasting.Periods.ForecastWeek week)
    {
        var texts = context.Texts;
        var files = new (ExportFileKind Kind, string Title)[]
        {
            (ExportFileKind.Workbook, texts.Text(nameof(BotStrings.ExportFilesWorkbook))),
            (ExportFileKind.SubmissionsCsv, texts.Text(nameof(BotStrings.ExportFilesSubmissionsCsv))),
            (ExportFileKind.SummaryCsv, texts.Text(nameof(BotStrings.ExportFilesSummaryCsv))),
        };
        var actions = new List<CardAction>();
        DateTimeOffset? expires = null;
        foreach (var (kind, title) in files)
        {
            if (links.Create(context.Team.Id, week, kind, context.Actor, context.Activity.Locale) is not { } link)
            {
                return null;
            }

            expires = link.Expires;
            actions.Add(new OpenUrlAction(title, link.Link));
        }

        var until = TeamClock.Local(context.Team, expires!.Value);
        var when = until.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + context.Team.TimeZoneId;
        return new AdaptiveCard(
        [
            new TextBlock(texts.Format(nameof(BotStrings.ExportFilesTitle), week)) { Size = "Medium", Weight = "Bolder" },
            new TextBlock(texts.Format(nameof(BotStrings.ExportFilesNote), when)) { IsSubtle = true },
            new ActionSet(actions),
        ]) { FallbackText = texts.Format(nameof(BotStrings.ExportFilesTitle), week) };
    }

    private static bool LooksLikePeriod(string qualifier) =>
        qualifier.Length <= 8 && qualifier.Length >= 7 && char.IsAsciiDigit(qualifier[0]) && qualifier[4] == '-';
}
