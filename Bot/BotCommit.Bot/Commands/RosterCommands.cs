using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Commands;

/// <summary>
/// People: admins, reps, managers, the roster import, an admin marking a rep away or back, and moving a departing
/// rep's pipeline. Everyone is named by @mention (resolved through the mention entities and the team's member list).
/// </summary>
internal sealed class RosterCommands(
    SettingsEditor editor,
    PersonResolver people,
    RosterImport import,
    DealReassignment reassignment,
    AdminPolicy policy,
    PeopleNames names,
    TeamClock clock)
{
    private static readonly string[] ClearWords = ["none", "clear", "off", "reset", "remove", "无", "無", "清除", "重置", "删除", "刪除"];
    private static readonly string[] MeWords = ["me", "myself", "@me", "我", "我自己", "自己"];

    public async Task<CommandReply> AddAdminAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (person, problem) = await OnePersonAsync(context, cancellationToken);
        if (person is null)
        {
            return problem!;
        }

        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
            team.Admins.Any(a => AdminPolicy.SamePerson(a.Value, person.Id.Value))
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { Admins = [.. team.Admins, person.Id] }, new SettingChange(SettingKeys.With(SettingKeys.Admin, person.Id.Value), null, person.Name)),
            cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedAddAdmin), CardText.Escape(person.Name)), null,
            context.Texts.Text(nameof(BotStrings.ValueAdmin)), context.Texts.Text(nameof(BotStrings.NoteAddAdmin)));
    }

    public async Task<CommandReply> RemoveAdminAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (person, problem) = await OnePersonAsync(context, cancellationToken);
        if (person is null)
        {
            return problem!;
        }

        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            if (!team.Admins.Any(a => AdminPolicy.SamePerson(a.Value, person.Id.Value)))
            {
                return Edit<TeamSettings>.Refuse(context.Texts.Format(
                    policy.IsBootstrapAdminOf(team, person.Id.Value) ? nameof(BotStrings.RemoveAdminBootstrap) : nameof(BotStrings.RemoveAdminNotAdmin),
                    CardText.Escape(person.Name)));
            }

            var remaining = team.Admins.Where(a => !AdminPolicy.SamePerson(a.Value, person.Id.Value)).ToList();
            if (remaining.Count == 0 && !policy.HasBootstrapAdminsFor(team))
            {
                return Edit<TeamSettings>.Refuse(context.Texts.Text(nameof(BotStrings.RemoveAdminLast)));
            }

            return Edit<TeamSettings>.To(team with { Admins = remaining }, new SettingChange(SettingKeys.With(SettingKeys.Admin, person.Id.Value), person.Name, null));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedRemoveAdmin), CardText.Escape(person.Name)),
            context.Texts.Text(nameof(BotStrings.ValueAdmin)), context.Texts.Text(nameof(BotStrings.ValueNotAdmin)));
    }

    /// <summary>
    /// <c>add rep @name</c>, or <c>add rep me</c> (<c>添加销售代表 我</c>, <c>新增業務代表 我</c>) for the admin typing it: the
    /// Playground's and Teams' @ list never offers the current user, so an admin who also sells says "me".
    /// </summary>
    public async Task<CommandReply> AddRepAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Person? person;
        if (context.Mentions.Count == 0 && IsMe(context.Arguments))
        {
            person = Me(context);
        }
        else
        {
            (person, var problem) = await OnePersonAsync(context, cancellationToken);
            if (person is null)
            {
                return problem!;
            }
        }

        var result = await AddAsRepAsync(context.Team.Id, person, context.Actor, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedAddRep), CardText.Escape(person.Name)),
            null, context.Texts.Text(nameof(BotStrings.ValueRep)), context.Texts.Text(nameof(BotStrings.NoteAddRep)));
    }

    /// <summary>Puts <paramref name="person"/> on the roster as an active rep (a manager or inactive rep becomes one); audited.</summary>
    public Task<EditResult<Rep>> AddAsRepAsync(TeamId team, Person person, RepId actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return editor.UpdateRepAsync(team, person.Id, actor, rep =>
        {
            if (rep is null)
            {
                return Edit<Rep>.To(new Rep(team, person.Id, Limit(person.Name)), new SettingChange(SettingKeys.With(SettingKeys.Rep, person.Id.Value), null, "active"));
            }

            if (rep.Active && !rep.IsManager)
            {
                return Edit<Rep>.Unchanged(rep);
            }

            var name = person.Name.Length > 0 ? Limit(person.Name) : rep.DisplayName;
            return Edit<Rep>.To(rep with { Active = true, IsManager = false, DisplayName = name, LeftWeek = null },
                new SettingChange(SettingKeys.With(SettingKeys.Rep, person.Id.Value), rep.Active ? "manager" : "inactive", "active"));
        }, cancellationToken);
    }

    /// <summary>The person whose activity this is (identity only ever from the authenticated sender).</summary>
    public static Person Me(AdminCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = context.Activity.From;
        var name = from?.Name?.Trim() is { Length: > 0 } given ? given : context.Actor.Value;
        return new Person(context.Actor, name);
    }

    private static bool IsMe(string arguments) =>
        MeWords.Contains(arguments.Trim().TrimEnd('.', '!', '。', '！'), StringComparer.OrdinalIgnoreCase);

    public async Task<CommandReply> RemoveRepAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (person, problem) = await OnePersonAsync(context, cancellationToken);
        if (person is null)
        {
            return problem!;
        }

        var result = await editor.UpdateRepAsync(context.Team.Id, person.Id, context.Actor, rep =>
            rep is null || !rep.Active
                ? Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person.Name)))
                : Edit<Rep>.To(LeavingWeek.Remove(context.Team, rep, clock.Now), new SettingChange(SettingKeys.With(SettingKeys.Rep, person.Id.Value), "active", "inactive")),
            cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedRemoveRep), CardText.Escape(person.Name)),
            context.Texts.Text(nameof(BotStrings.ValueRep)), context.Texts.Text(nameof(BotStrings.ValueInactive)), context.Texts.Text(nameof(BotStrings.NoteRemoveRep)));
    }

    /// <summary><c>set manager @rep @manager</c>: a manager not yet on the roster is added as a manager (not nudged).</summary>
    public async Task<CommandReply> SetManagerAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Mentions.Count != 2)
        {
            return context.Usage();
        }

        var team = context.Team.Id;
        var rep = await people.ResolveAsync(context.Turn, team, context.Mentions[0], cancellationToken);
        var manager = await people.ResolveAsync(context.Turn, team, context.Mentions[1], cancellationToken);
        if (rep is null || manager is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape((rep is null ? context.Mentions[0] : context.Mentions[1]).Name));
        }

        if (rep.Id == manager.Id)
        {
            return context.Usage(context.Texts.Text(nameof(BotStrings.ManagerIsRep)));
        }

        var managerResult = await editor.UpdateRepAsync(team, manager.Id, context.Actor, existing =>
            existing is null
                ? Edit<Rep>.To(new Rep(team, manager.Id, Limit(manager.Name)) { IsManager = true }, new SettingChange(SettingKeys.With(SettingKeys.Rep, manager.Id.Value), null, "manager"))
                : existing.Active ? Edit<Rep>.Unchanged(existing) : Edit<Rep>.To(existing with { Active = true, IsManager = true, LeftWeek = null },
                    new SettingChange(SettingKeys.With(SettingKeys.Rep, manager.Id.Value), "inactive", "manager")),
            cancellationToken);
        if (managerResult.Status is EditStatus.Conflict)
        {
            return context.Say(nameof(BotStrings.SettingsConflict));
        }

        string? before = null;
        var result = await editor.UpdateRepAsync(team, rep.Id, context.Actor, existing =>
        {
            if (existing is null || !existing.Active)
            {
                return Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(rep.Name)));
            }

            before = existing.ManagerId?.Value;
            return existing.ManagerId == manager.Id
                ? Edit<Rep>.Unchanged(existing)
                : Edit<Rep>.To(existing with { ManagerId = manager.Id }, new SettingChange(SettingKeys.With(SettingKeys.Manager, rep.Id.Value), existing.ManagerId?.Value, manager.Id.Value));
        }, cancellationToken);
        var notes = managerResult.Status == EditStatus.Saved
            ? new[] { context.Texts.Format(nameof(BotStrings.NoteManagerAdded), CardText.Escape(manager.Name)) }
            : [];
        var beforeName = before is null ? null : CardText.Escape(await names.NameOfAsync(team, before, cancellationToken) ?? before);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedManager), CardText.Escape(rep.Name)),
            beforeName, CardText.Escape(manager.Name), notes);
    }

    public async Task<CommandReply> ImportRosterAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await import.ImportAsync(context.Turn, context.Team, context.Actor, cancellationToken);
        return ImportReply(context, result);
    }

    public static CommandReply ImportReply(AdminCommandContext context, RosterImportResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var texts = context.Texts;
        var facts = new List<Fact>
        {
            new(texts.Text(nameof(BotStrings.ImportAdded)), result.Added.ToString(texts.FormatCulture)),
            new(texts.Text(nameof(BotStrings.ImportUpdated)), result.Updated.ToString(texts.FormatCulture)),
            new(texts.Text(nameof(BotStrings.ImportUnchanged)), result.Unchanged.ToString(texts.FormatCulture)),
        };
        var notes = new List<string>();
        if (result.AddedNames.Count > 0)
        {
            notes.Add(texts.Format(nameof(BotStrings.ImportAddedNames), AdminText.Names(context.Locale, result.AddedNames)));
        }

        if (result.SkippedAdmins.Count > 0)
        {
            notes.Add(texts.Format(nameof(BotStrings.ImportSkippedAdmins), AdminText.Names(context.Locale, result.SkippedAdmins)));
        }

        if (result.NotInTeam.Count > 0)
        {
            notes.Add(texts.Format(nameof(BotStrings.ImportNotInTeam), AdminText.Names(context.Locale, result.NotInTeam)));
        }

        notes.Add(texts.Text(nameof(BotStrings.NoteImport)));
        return AdminReplies.Confirm(context, texts.Text(nameof(BotStrings.ChangedImport)), null, null, notes, facts);
    }

    /// <summary><c>away @rep until 2026-12-14</c>: the schedule leaves the rep alone for weeks starting up to that date.</summary>
    public async Task<CommandReply> AwayRepAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = clock.Today(context.Team);
        var culture = context.Texts.FormatCulture;
        if (context.Mentions.Count != 1)
        {
            return context.Usage();
        }

        var reading = DateParser.Read(context.Arguments, culture, today);
        if (!reading.IsRead)
        {
            return context.Usage(context.Arguments.Length == 0 ? null
                : InputErrorText.For(context.Texts, reading.Error, context.Arguments)
                    ?? context.Texts.Format(nameof(BotStrings.DateNotUnderstood), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        var until = reading.Value;
        var window = AwayWindow.For(clock.CurrentWeek(context.Team, []));
        if (!window.Contains(until))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.AwayDateOutsideWindow), Display.Date(window.First, context.Texts), Display.Date(window.Last, context.Texts)));
        }

        var person = await people.ResolveAsync(context.Turn, context.Team.Id, context.Mentions[0], cancellationToken);
        if (person is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name));
        }

        string? before = null;
        var result = await editor.UpdateRepAsync(context.Team.Id, person.Id, context.Actor, rep =>
        {
            if (rep is null || !rep.Active)
            {
                return Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person.Name)));
            }

            before = rep.AwayUntil is { } old ? Display.Date(old, context.Texts) : null;
            return rep.AwayUntil == until
                ? Edit<Rep>.Unchanged(rep)
                : Edit<Rep>.To(rep with { AwayUntil = until, AwayRecordedAt = clock.Now }, new SettingChange(SettingKeys.With(SettingKeys.Away, person.Id.Value), rep.AwayUntil is { } o ? SettingKeys.Value(o) : null, SettingKeys.Value(until)));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedAway), CardText.Escape(person.Name)),
            before, Display.Date(until, context.Texts), context.Texts.Text(nameof(BotStrings.NoteAway)));
    }

    public async Task<CommandReply> BackRepAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (person, problem) = await OnePersonAsync(context, cancellationToken);
        if (person is null)
        {
            return problem!;
        }

        var culture = context.Texts.FormatCulture;
        string? before = null;
        var result = await editor.UpdateRepAsync(context.Team.Id, person.Id, context.Actor, rep =>
        {
            if (rep is null || !rep.Active)
            {
                return Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person.Name)));
            }

            before = rep.AwayUntil is { } old ? Display.Date(old, context.Texts) : null;
            return rep.AwayUntil is null
                ? Edit<Rep>.Unchanged(rep)
                : Edit<Rep>.To(rep with { AwayUntil = null, AwayReason = null }, new SettingChange(SettingKeys.With(SettingKeys.Away, person.Id.Value), SettingKeys.Value(rep.AwayUntil.Value), null));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedBack), CardText.Escape(person.Name)),
            before, context.Texts.Text(nameof(BotStrings.ValueNotAway)));
    }

    /// <summary>
    /// <c>set rep timezone @rep Asia/Shanghai</c>: the rep's own zone, kept even when their Teams sends another;
    /// <c>clear</c> (<c>清除</c>) lets the zone their Teams sends apply again.
    /// </summary>
    public async Task<CommandReply> SetRepTimeZoneAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Arguments.Trim();
        var clear = text.Length > 0 && ClearWords.Contains(text.ToLowerInvariant(), StringComparer.Ordinal);
        string zone = string.Empty;
        if (context.Mentions.Count != 1 || text.Length == 0)
        {
            return context.Usage();
        }

        if (!clear && !TimeZoneParser.TryParse(text, out zone))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.TimeZoneUnknown), CardText.Escape(Display.Shorten(text))));
        }

        var person = await people.ResolveAsync(context.Turn, context.Team.Id, context.Mentions[0], cancellationToken);
        if (person is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name));
        }

        string? before = null;
        var result = await editor.UpdateRepAsync(context.Team.Id, person.Id, context.Actor, rep =>
        {
            if (rep is null)
            {
                return Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person.Name)));
            }

            before = ZoneText(context, rep);
            var next = clear
                ? rep with { TimeZoneId = null, TimeZoneSetByAdmin = false }
                : rep with { TimeZoneId = zone, TimeZoneSetByAdmin = true };
            return next == rep
                ? Edit<Rep>.Unchanged(rep)
                : Edit<Rep>.To(next, new SettingChange(SettingKeys.With(SettingKeys.RepTimeZone, person.Id.Value), rep.TimeZoneId, next.TimeZoneId));
        }, cancellationToken);
        var now = result.Value is { } saved ? ZoneText(context, saved) : null;
        return AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedRepTimeZone), CardText.Escape(person.Name)),
            before, now, context.Texts.Text(clear ? nameof(BotStrings.NoteRepTimeZoneCleared) : nameof(BotStrings.NoteRepTimeZone)));
    }

    private static string ZoneText(AdminCommandContext context, Rep rep) => rep.TimeZoneId switch
    {
        null => context.Texts.Format(nameof(BotStrings.RepTimeZoneTeams), CardText.Escape(context.Team.TimeZoneId)),
        { } id when !rep.TimeZoneSetByAdmin => context.Texts.Format(nameof(BotStrings.RepTimeZoneFromTeams), CardText.Escape(id)),
        { } id => CardText.Escape(id),
    };

    /// <summary><c>reassign deals @from @to</c>.</summary>
    public async Task<CommandReply> ReassignDealsAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Mentions.Count != 2)
        {
            return context.Usage();
        }

        var team = context.Team;
        var from = await people.ResolveAsync(context.Turn, team.Id, context.Mentions[0], cancellationToken);
        var to = await people.ResolveAsync(context.Turn, team.Id, context.Mentions[1], cancellationToken);
        if (from is null || to is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape((from is null ? context.Mentions[0] : context.Mentions[1]).Name));
        }

        if (from.Id == to.Id)
        {
            return context.Usage(context.Texts.Text(nameof(BotStrings.ReassignSamePerson)));
        }

        var receiver = await editor.UpdateRepAsync(team.Id, to.Id, context.Actor, rep =>
            rep is { Active: true } ? Edit<Rep>.Unchanged(rep) : Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(to.Name))),
            cancellationToken);
        if (receiver.Status == EditStatus.Refused)
        {
            return CommandReply.Text(receiver.Refusal!);
        }

        var moved = await reassignment.ReassignAsync(team.Id, from.Id, to.Id, context.Actor, cancellationToken);
        if (moved.Count == 0)
        {
            return context.Say(nameof(BotStrings.ReassignNothing), CardText.Escape(from.Name));
        }

        var total = AdminText.Money(context.Locale, moved.Sum(d => d.Amount), team.Currency);
        return context.Privately(AdminReplies.Confirm(
            context,
            context.Texts.Format(nameof(BotStrings.ChangedReassign), moved.Count, CardText.Escape(from.Name), CardText.Escape(to.Name)),
            null,
            null,
            [context.Texts.Text(nameof(BotStrings.NoteReassign))],
            [new Fact(context.Texts.Text(nameof(BotStrings.ReassignTotal)), total)]));
    }

    private static string Limit(string name) => name.Length > Rep.MaxDisplayNameLength ? name[..Rep.MaxDisplayNameLength] : name;

    private async Task<(Person? Person, CommandReply? Problem)> OnePersonAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        if (context.Mentions.Count != 1)
        {
            return (null, context.Usage());
        }

        var person = await people.ResolveAsync(context.Turn, context.Team.Id, context.Mentions[0], cancellationToken);
        return person is null
            ? (null, context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name)))
            : (person, null);
    }
}
