using BotCommit.Bot.Admin;
using BotCommit.Bot.CheckIn;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Onboarding;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Runs a text command (the bot's own mention already stripped): other people's @mentions are taken from the mention
/// entities, the command is found in the <see cref="CommandCatalogue"/>, rep commands act on the sender's own
/// check-in, and admin commands are run for the team they apply to (<see cref="TeamResolver"/>) once the sender is an
/// admin of it (<see cref="AdminPolicy"/>) — anyone else gets a polite refusal naming the admins. Unknown text gets a
/// friendly answer that echoes it safely.
/// </summary>
internal sealed class CommandDispatcher(
    CommandCatalogue commands,
    CheckInCommands checkIn,
    PrepareCheckIn reps,
    TeamResolver teams,
    ITeamSettingsStore teamStore,
    AdminPolicy policy,
    PeopleNames names,
    SettingsEditor editor,
    ScheduleCommands schedule,
    TeamCommands teamCommands,
    RosterCommands roster,
    ReportCommands reports,
    TriggerCommands triggers,
    RegionCommands regions,
    PrivateAnswers privateAnswers,
    TeamMembership membership,
    TeamDataCommands teamData,
    CrmImport.CrmImportCommands crmImport,
    ILogger<CommandDispatcher> logger,
    RegionExportCommands regionExport,
    IOrgTreeStore trees,
    MonthExportCommands monthExport,
    Monthly.MonthlyNowCommands monthlyNow)
{
    private const int EchoLimit = 60;

    /// <param name="turnContext">The turn.</param>
    /// <param name="text">The message's text, the bot's mention stripped and the spaces tidied.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <param name="rawText">The text as it came, with its line breaks (a CSV pasted below <c>import crm</c>).</param>
    public async Task DispatchAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken, string? rawText = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        var activity = turnContext.Activity;
        var texts = UserTexts.For(activity);
        var mentioned = MentionedText.Extract(activity, text);
        var match = commands.Match(mentioned.Text);
        if (match is null)
        {
            var echo = Display.Shorten(text, EchoLimit);
            await SendAsync(turnContext, CommandReply.Text(texts.Format(nameof(BotStrings.UnknownCommand), CardText.Escape(echo))), cancellationToken);
            return;
        }

        var (command, arguments) = match.Value;
        command = Refine(command, arguments, mentioned);
        Log.CommandReceived(logger, command.Kind.ToString(), activity.From?.AadObjectId);
        switch (command.Kind)
        {
            case CommandKind.Help:
                await SendHelpAsync(turnContext, texts, cancellationToken);
                break;
            case CommandKind.Commit:
                await checkIn.SendMyCardAsync(turnContext, cancellationToken);
                break;
            case CommandKind.Away:
                await checkIn.AwayAsync(turnContext, arguments, cancellationToken);
                break;
            case CommandKind.Skip:
                await checkIn.SkipAsync(turnContext, arguments, cancellationToken);
                break;
            case CommandKind.Back:
                await SendAsync(turnContext, await BackAsync(turnContext, texts, cancellationToken), cancellationToken);
                break;
            default:
                await AnswerAsync(turnContext, await RunAdminAsync(turnContext, command, arguments, mentioned, cancellationToken, rawText), cancellationToken);
                break;
        }
    }

    /// <summary>The admin variants of rep words: "away @rep …", "back @rep", "skip week 2026-W52 …".</summary>
    private CommandDefinition Refine(CommandDefinition command, string arguments, MentionedText mentioned)
    {
        var hasPeople = mentioned.People.Count > 0 || mentioned.Unresolved > 0;
        return command.Kind switch
        {
            CommandKind.Away when hasPeople => commands.Get(CommandKind.AwayRep),
            CommandKind.Back when hasPeople => commands.Get(CommandKind.BackRep),
            CommandKind.Skip when LooksLikeWeek(arguments) => commands.Get(CommandKind.SkipWeek),
            _ => command,
        };
    }

    // Deciding between "skip week W52 Christmas" (admin, a holiday) and "skip week parental leave" (rep).
    private static bool LooksLikeWeek(string arguments) => WeekParser.StartsWithWeek(arguments);

    private async Task<CommandReply> RunAdminAsync(ITurnContext turnContext, CommandDefinition command, string arguments, MentionedText mentioned, CancellationToken cancellationToken, string? rawText = null)
    {
        var activity = turnContext.Activity;
        var texts = UserTexts.For(activity);
        var actor = activity.From?.AadObjectId;
        if (command.Kind == CommandKind.SetChannel && LinkedTeamName(arguments) is { } salesTeam && activity.GetTeamsTeamId() is { Length: > 0 } here)
        {
            return await LinkChannelAsync(turnContext, command, salesTeam, TeamId.From(here), mentioned, cancellationToken);
        }

        // A region is not a team: its export is checked against the tree (sales ops, the region's managers), not a team's admins.
        if (command.Kind == CommandKind.ExportRegion)
        {
            return await regionExport.ExportAsync(turnContext, arguments, command, cancellationToken);
        }

        var confirmed = false;
        if (command.Kind == CommandKind.ImportCrm)
        {
            // Only the command's own line holds its arguments; the lines below are the pasted CSV.
            arguments = commands.Match(MentionedText.Extract(activity, FirstLine(rawText ?? mentioned.Text)).Text)?.Arguments ?? string.Empty;
        }

        if (command.Kind is CommandKind.DeleteTeamData or CommandKind.ImportCrm)
        {
            (arguments, confirmed) = TeamDataCommands.WithoutConfirm(arguments);
        }

        var resolution = await teams.ResolveAsync(turnContext, arguments, cancellationToken);
        switch (resolution)
        {
            case TeamResolution.NoTeam:
                return CommandReply.Text(texts.Text(nameof(BotStrings.NoTeam)));
            case TeamResolution.NotSetUp:
                return CommandReply.Text(texts.Text(nameof(BotStrings.TeamNotSetUp)));
            case TeamResolution.Ambiguous ambiguous:
                var teamNames = string.Join(", ", ambiguous.Teams.Select(t => "**" + CardText.Escape(t.Name.Length > 0 ? t.Name : t.Id.Value) + "**"));
                var example = CardText.Escape(ambiguous.Teams.FirstOrDefault(t => t.Name.Length > 0)?.Name ?? "Sales EMEA");
                var typed = mentioned.Text; // what they typed (in their language), without the @mentions
                return CommandReply.Text(texts.Format(nameof(BotStrings.SeveralTeams), teamNames, CardText.Escape(typed), example));
        }

        var (team, rest) = (TeamResolution.Found)resolution;
        var inTheTeam = string.Equals(activity.GetTeamsTeamId(), team.Id.Value, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(actor) || actor.Length > RepId.MaxLength
            || (!policy.IsAdmin(team, actor) && !(command.Kind == CommandKind.SetRegionTarget && await ManagesRegionAsync(actor, cancellationToken))))
        {
            return await RefusalAsync(team, texts, nameAdmins: inTheTeam, cancellationToken);
        }

        if (team.IsClosed && !(policy.IsBootstrapAdminOf(team, actor) && command.Kind is CommandKind.Export or CommandKind.ExportMonth or CommandKind.Status or CommandKind.Audit or CommandKind.DeleteTeamData))
        {
            return CommandReply.Text(texts.Format(nameof(BotStrings.TeamClosed), CardText.Escape(team.Name)));
        }

        // A team's own admin acting from outside the team must still be one of its members (a roster check: the
        // membersRemoved event may have been missed). Bootstrap admins hold their rights from the configuration.
        if (!inTheTeam && !policy.IsBootstrapAdminOf(team, actor) && !await membership.IsMemberAsync(turnContext, team.Id, actor, cancellationToken))
        {
            return await RefusalAsync(team, texts, nameAdmins: false, cancellationToken);
        }

        if (mentioned.Unresolved > 0)
        {
            return CommandReply.Text(texts.Text(nameof(BotStrings.MentionNotResolved)));
        }

        var context = new AdminCommandContext(
            turnContext,
            command,
            team,
            RepId.From(actor),
            rest,
            mentioned.People,
            UserTexts.For(activity.Locale, team),
            CardLocale.ForReader(activity.Locale, team));
        return command.Kind switch
        {
            CommandKind.Status => await reports.StatusAsync(context, cancellationToken),
            CommandKind.Audit => await reports.AuditAsync(context, cancellationToken),
            CommandKind.Export => await reports.ExportAsync(context, cancellationToken),
            CommandKind.ExportMonth => await monthExport.ExportAsync(context, cancellationToken),
            CommandKind.NudgeNow => await triggers.NudgeNowAsync(context, cancellationToken),
            CommandKind.SummaryNow => await triggers.SummaryNowAsync(context, cancellationToken),
            CommandKind.PostSummary => await triggers.PostSummaryAsync(context, cancellationToken),
            CommandKind.SetTimeZone => await schedule.SetTimeZoneAsync(context, cancellationToken),
            CommandKind.SetNudge or CommandKind.SetDeadline or CommandKind.SetSummary or CommandKind.SetCall => await schedule.SetTimeAsync(context, cancellationToken),
            CommandKind.SetReminder => await schedule.SetRemindersAsync(context, cancellationToken),
            CommandKind.Pause => await schedule.SetPausedAsync(context, paused: true, cancellationToken),
            CommandKind.Resume => await schedule.SetPausedAsync(context, paused: false, cancellationToken),
            CommandKind.SkipWeek => await schedule.SkipWeekAsync(context, cancellationToken),
            CommandKind.UnskipWeek => await schedule.UnskipWeekAsync(context, cancellationToken),
            CommandKind.SetChannel => await teamCommands.SetChannelAsync(context, cancellationToken),
            CommandKind.ShareSummary => await teamCommands.SetSummarySharedAsync(context, shared: true, cancellationToken),
            CommandKind.KeepSummaryPrivate => await teamCommands.SetSummarySharedAsync(context, shared: false, cancellationToken),
            CommandKind.SetTarget => await teamCommands.SetTargetAsync(context, cancellationToken),
            CommandKind.SetFiscalYearStart => await teamCommands.SetFiscalYearStartAsync(context, cancellationToken),
            CommandKind.SetCurrency => await teamCommands.SetCurrencyAsync(context, cancellationToken),
            CommandKind.SetTopListSize => await teamCommands.SetTopListSizeAsync(context, cancellationToken),
            CommandKind.MonthlyForecastOn => await teamCommands.SetMonthlyForecastAsync(context, on: true, cancellationToken),
            CommandKind.MonthlyForecastOff => await teamCommands.SetMonthlyForecastAsync(context, on: false, cancellationToken),
            CommandKind.MonthlyNow => await monthlyNow.RunAsync(context, cancellationToken),
            CommandKind.SetLanguage => await teamCommands.SetLanguageAsync(context, cancellationToken),
            CommandKind.SetAmountStyle => await teamCommands.SetAmountStyleAsync(context, cancellationToken),
            CommandKind.SetRepTimeZone => await roster.SetRepTimeZoneAsync(context, cancellationToken),
            CommandKind.AddAdmin => await roster.AddAdminAsync(context, cancellationToken),
            CommandKind.RemoveAdmin => await roster.RemoveAdminAsync(context, cancellationToken),
            CommandKind.AddRep => await roster.AddRepAsync(context, cancellationToken),
            CommandKind.RemoveRep => await roster.RemoveRepAsync(context, cancellationToken),
            CommandKind.SetManager => await roster.SetManagerAsync(context, cancellationToken),
            CommandKind.ImportRoster => await roster.ImportRosterAsync(context, cancellationToken),
            CommandKind.AwayRep => await roster.AwayRepAsync(context, cancellationToken),
            CommandKind.BackRep => await roster.BackRepAsync(context, cancellationToken),
            CommandKind.ReassignDeals => await roster.ReassignDealsAsync(context, cancellationToken),
            CommandKind.DeleteTeamData => await teamData.DeleteTeamDataAsync(context, confirmed, cancellationToken),
            CommandKind.ImportCrm => await crmImport.ImportAsync(context, confirmed, rawText, cancellationToken),
            CommandKind.Regions => await regions.ListAsync(context, cancellationToken),
            CommandKind.AddRegion => await regions.AddRegionAsync(context, cancellationToken),
            CommandKind.SetParent => await regions.SetParentAsync(context, cancellationToken),
            CommandKind.SetRegionChannel => await regions.SetRegionChannelAsync(context, cancellationToken),
            CommandKind.SetRegionManager => await regions.SetRegionManagerAsync(context, cancellationToken),
            CommandKind.SetRegionTimeZone => await regions.SetRegionTimeZoneAsync(context, cancellationToken),
            CommandKind.SetRegionFiscalYearStart => await regions.SetRegionFiscalYearStartAsync(context, cancellationToken),
            CommandKind.SetRegionTarget => await regions.SetRegionTargetAsync(context, cancellationToken),
            _ => throw new InvalidOperationException($"Command {command.Kind} has no handler."),
        };
    }

    private static string FirstLine(string text)
    {
        var withBreaks = text.Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase).Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
            .Replace("</p><p>", "\n", StringComparison.OrdinalIgnoreCase);
        var end = withBreaks.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? withBreaks : withBreaks[..end];
        line = System.Text.RegularExpressions.Regex.Replace(line, "<at>.*?</at>|<[^>]+>", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return System.Net.WebUtility.HtmlDecode(line).Trim();
    }

    // "set channel for Sales EMEA" / "设置频道为Sales EMEA": the channel of a separate managers' team, for the sales team named.
    private static readonly string[] LinkWords = ["for ", "为", "為", "用于", "用於"];

    private static string? LinkedTeamName(string arguments)
    {
        var text = arguments.Trim();
        return LinkWords
            .Where(word => text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Length > word.Length)
            .Select(word => text[word.Length..].Trim())
            .FirstOrDefault(name => name.Length > 0);
    }

    /// <summary>
    /// <c>set channel for &lt;sales team&gt;</c> typed in a channel of a separate managers' team: the channel becomes the
    /// named sales team's summary channel. The sales team is picked only among the person's own teams; the person must be
    /// an admin of it, and a member of the managers' team (read from Teams). Its readers are counted the same way.
    /// </summary>
    private async Task<CommandReply> LinkChannelAsync(
        ITurnContext turnContext, CommandDefinition command, string salesTeamName, TeamId here, MentionedText mentioned, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var texts = UserTexts.For(activity);
        var actor = activity.From?.AadObjectId;
        var candidates = await teams.CandidatesAsync(await teamStore.ListAsync(cancellationToken), actor, cancellationToken);
        var team = candidates.FirstOrDefault(t => t.Name.Length > 0 && string.Equals(t.Name.Trim(), salesTeamName, StringComparison.OrdinalIgnoreCase));
        if (team is null)
        {
            return CommandReply.Text(texts.Text(nameof(BotStrings.NoTeam)));
        }

        if (string.IsNullOrWhiteSpace(actor) || actor.Length > RepId.MaxLength || !policy.IsAdmin(team, actor))
        {
            return await RefusalAsync(team, texts, nameAdmins: false, cancellationToken);
        }

        if (team.IsClosed)
        {
            return CommandReply.Text(texts.Format(nameof(BotStrings.TeamClosed), CardText.Escape(team.Name)));
        }

        if (team.Id != here && !await membership.IsMemberAsync(turnContext, here, actor, cancellationToken))
        {
            return await RefusalAsync(team, texts, nameAdmins: false, cancellationToken);
        }

        if (team.Id != here && !policy.IsBootstrapAdminOf(team, actor) && !await membership.IsMemberAsync(turnContext, team.Id, actor, cancellationToken))
        {
            return await RefusalAsync(team, texts, nameAdmins: false, cancellationToken);
        }

        var context = new AdminCommandContext(
            turnContext, command, team, RepId.From(actor), string.Empty, mentioned.People, UserTexts.For(activity.Locale, team), CardLocale.ForReader(activity.Locale, team));
        return await teamCommands.SetChannelAsync(context, cancellationToken, linked: true);
    }

    /// <summary>
    /// "Only the admins of X can …: Ann, Bob" — names from the roster or their chats, only when asked in that team's own
    /// channel (its members may know its admins); else, and when none is known, "your sales ops admins".
    /// </summary>
    private async Task<CommandReply> RefusalAsync(TeamSettings team, UserTexts texts, bool nameAdmins, CancellationToken cancellationToken)
    {
        var adminNames = nameAdmins ? await names.AdminNamesAsync(team, cancellationToken) : [];
        var who = adminNames.Count > 0
            ? string.Join(", ", adminNames.Select(CardText.Escape))
            : texts.Text(nameof(BotStrings.YourSalesOpsAdmins));
        var teamName = CardText.Escape(team.Name.Length > 0 ? team.Name : texts.Text(nameof(BotStrings.ThisTeam)));
        return CommandReply.Text(texts.Format(nameof(BotStrings.NotAnAdmin), teamName, who));
    }

    /// <summary>A rep's own "back": no longer marked away.</summary>
    private async Task<CommandReply> BackAsync(ITurnContext turnContext, UserTexts texts, CancellationToken cancellationToken)
    {
        var sender = turnContext.Activity.From?.AadObjectId;
        var membership = !string.IsNullOrWhiteSpace(sender) && sender.Length <= RepId.MaxLength
            ? await reps.MembershipAsync(RepId.From(sender), RepClients.Of(turnContext.Activity), cancellationToken)
            : null;
        if (membership is not var (team, rep))
        {
            return CommandReply.Text(texts.Text(nameof(BotStrings.CheckInNotOnRoster)));
        }

        var self = rep.Id;
        var result = await editor.UpdateRepAsync(team.Id, self, self, current =>
            current?.AwayUntil is { } until
                ? Edit<Rep>.To(current with { AwayUntil = null, AwayReason = null }, new SettingChange(SettingKeys.With(SettingKeys.Away, self.Value), SettingKeys.Value(until), null))
                : current is null ? Edit<Rep>.Refuse(texts.Text(nameof(BotStrings.CheckInNotOnRoster))) : Edit<Rep>.Unchanged(current),
            cancellationToken);
        return result.Status switch
        {
            EditStatus.Saved => CommandReply.Text(texts.Text(nameof(BotStrings.BackConfirmed))),
            EditStatus.Unchanged => CommandReply.Text(texts.Text(nameof(BotStrings.BackNotAway))),
            EditStatus.Refused => CommandReply.Text(result.Refusal!),
            _ => CommandReply.Text(texts.Text(nameof(BotStrings.SettingsConflict))),
        };
    }

    private async Task SendHelpAsync(ITurnContext turnContext, UserTexts texts, CancellationToken cancellationToken)
    {
        var audience = await HelpAudienceAsync(turnContext.Activity.GetTenantId(), turnContext.Activity.From?.AadObjectId, cancellationToken);
        var locale = CardLocale.For(turnContext.Activity.Locale, null);
        var lines = commands.All
            .Where(audience.Sees)
            .Select(c => new Fact(texts.Text(CommandDefinition.TitleResource(c.Kind)), texts.Text(c.DescriptionResource)))
            .ToList();
        var card = HelpCard.Build(locale, lines);
        await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
    }

    /// <summary>What the reader may use: admin of which teams, sales ops, manager of a region (the tree is read only for those who may manage one).</summary>
    private async Task<HelpAudience> HelpAudienceAsync(string? tenantId, string? actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actor) || actor.Length > RepId.MaxLength)
        {
            return new HelpAudience(IsAdmin: false, EditsRegions: false, IsSalesOps: false, ManagesRegion: false);
        }

        var salesOps = policy.IsBootstrapAdminIn(tenantId, actor);
        var administered = salesOps ? [] : (await teamStore.ListAsync(cancellationToken)).Where(t => policy.IsAdmin(t, actor)).ToList();
        var managesRegion = await ManagesRegionAsync(actor, cancellationToken);
        return new HelpAudience(
            IsAdmin: salesOps || administered.Count > 0,
            EditsRegions: salesOps || administered.Any(t => !policy.HasBootstrapAdminsFor(t)),
            IsSalesOps: salesOps,
            ManagesRegion: managesRegion);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> manages some region: a region's managers set its targets from a team's channel or
    /// from their personal chat with a team they belong to, admin of it or not (<c>RegionCommands</c> checks the region).
    /// </summary>
    private async Task<bool> ManagesRegionAsync(string actor, CancellationToken cancellationToken) =>
        (await trees.GetAsync(cancellationToken))?.Value is { } tree && tree.ManagedBy(RepId.From(actor)).Any(n => !n.IsTeam);

    /// <summary>A private answer asked for outside the personal chat goes there; here only one line says where it went.</summary>
    private async Task AnswerAsync(ITurnContext turnContext, CommandReply reply, CancellationToken cancellationToken)
    {
        if (!reply.IsPrivate || PrivateAnswers.IsPersonal(turnContext.Activity))
        {
            await SendAsync(turnContext, reply, cancellationToken);
            return;
        }

        var sent = await privateAnswers.SendAsync(turnContext, reply.Messages, cancellationToken);
        var line = sent ? reply.PrivateNotice : reply.PrivateUnreachable;
        if (!string.IsNullOrEmpty(line))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(line), cancellationToken);
        }
    }

    private static async Task SendAsync(ITurnContext turnContext, CommandReply reply, CancellationToken cancellationToken)
    {
        foreach (var message in reply.Messages)
        {
            await turnContext.SendActivityAsync(message, cancellationToken);
        }
    }
}
