using System.Globalization;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Regions;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// The organisation tree by chat (issue #17): <c>add region NAME [under PARENT]</c>, <c>set parent [CHILD under] PARENT</c>
/// (this team when no child is named; <c>none</c> stands alone), <c>set region channel NAME</c> (typed in the channel),
/// <c>set region manager [NAME] @person</c> (this team's call when no name; <c>remove</c> takes someone off) and
/// <c>regions</c>. Regions span teams, so only sales ops (bootstrap admins) edit them — or a team's admins where no
/// bootstrap admin is configured (a pilot); a region's targets may also be set by the managers of the region or of a
/// region above it (<see cref="SetRegionTargetAsync"/>). Every edit goes through <see cref="EditOrgTree"/>; a broken
/// <see cref="TreeRule"/> is answered in words (<c>TreeRule{Rule}</c> strings).
/// </summary>
internal sealed class RegionCommands(EditOrgTree editor, PersonResolver people, AdminPolicy policy, RegionAccess access, TeamClock clock)
{
    private static readonly string[] UnderWords = ["under", "in", "上级", "上級", "属于", "屬於"];
    private static readonly string[] NoneWords = ["none", "no", "clear", "alone", "无", "無", "清除", "独立", "獨立"];
    private static readonly string[] RemoveWords = ["remove", "delete", "移除", "删除", "刪除"];

    public async Task<CommandReply> AddRegionAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        var (name, parentName) = SplitUnder(context.Arguments);
        if (name.Length == 0 || name.Length > OrgNode.MaxNameLength || (parentName is not null && parentName.Length == 0))
        {
            return context.Usage();
        }

        string? problem = null;
        var result = await editor.ApplyAsync(context.Actor, tree =>
        {
            if (FindRegion(tree, name) is not null)
            {
                problem = context.Texts.Format(nameof(BotStrings.RegionExists), CardText.Escape(name));
                return null;
            }

            OrgNode? parent = null;
            if (parentName is not null && (parent = FindRegion(tree, parentName)) is null)
            {
                problem = NotFound(context, parentName);
                return null;
            }

            var node = new OrgNode(NewRegionId(name), NodeKind.Region, name) { Parent = parent?.Id };
            return new TreeChange(tree.With(node), node.Id, [new SettingChange("region", null, name), new SettingChange("parent", null, parent?.Name)]);
        }, cancellationToken);
        return problem is not null ? CommandReply.Text(problem) : Reply(context, result, () => parentName is null
            ? context.Texts.Format(nameof(BotStrings.RegionAdded), CardText.Escape(name))
            : context.Texts.Format(nameof(BotStrings.RegionAddedUnder), CardText.Escape(name), CardText.Escape(parentName)));
    }

    public async Task<CommandReply> SetParentAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        var (first, second) = SplitUnder(context.Arguments);
        var (childName, parentName) = second is null ? ((string?)null, first) : (first, second);
        if (parentName.Length == 0 || (childName is not null && childName.Length == 0))
        {
            return context.Usage();
        }

        var alone = NoneWords.Contains(parentName, StringComparer.OrdinalIgnoreCase);
        string? problem = null;
        string shownChild = childName ?? context.Team.Name;
        var result = await editor.ApplyAsync(context.Actor, tree =>
        {
            var child = childName is null ? TeamNode(tree, context.Team) : FindRegion(tree, childName);
            if (child is null)
            {
                problem = NotFound(context, childName!);
                return null;
            }

            OrgNode? parent = null;
            if (!alone && (parent = FindRegion(tree, parentName)) is null)
            {
                problem = NotFound(context, parentName);
                return null;
            }

            if (child.Parent == parent?.Id && tree.Contains(child.Id))
            {
                return null;
            }

            var oldParent = child.Parent is { } p && tree.Find(p) is { } old ? old.Name : null;
            return new TreeChange(tree.With(child with { Parent = parent?.Id }), child.Id, [new SettingChange("parent", oldParent, parent?.Name)]);
        }, cancellationToken);
        return problem is not null ? CommandReply.Text(problem) : Reply(context, result, () => alone
            ? context.Texts.Format(nameof(BotStrings.RegionParentCleared), CardText.Escape(shownChild))
            : context.Texts.Format(nameof(BotStrings.RegionParentSet), CardText.Escape(shownChild), CardText.Escape(parentName)));
    }

    public async Task<CommandReply> SetRegionChannelAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        var channelId = context.Activity.GetTeamsChannelId();
        if (channelId is null)
        {
            return context.Say(nameof(BotStrings.RegionChannelInChannel));
        }

        var name = context.Arguments.Trim();
        if (name.Length == 0)
        {
            return context.Usage();
        }

        string? problem = null;
        var result = await editor.ApplyAsync(context.Actor, tree =>
        {
            if (FindRegion(tree, name) is not { } region)
            {
                problem = NotFound(context, name);
                return null;
            }

            return region.ChannelId == channelId
                ? null
                : new TreeChange(tree.With(region with { ChannelId = channelId }), region.Id, [new SettingChange("channel", region.ChannelId, channelId)]);
        }, cancellationToken);
        return problem is not null ? CommandReply.Text(problem) : Reply(context, result, () => context.Texts.Format(nameof(BotStrings.RegionChannelSet), CardText.Escape(name)));
    }

    public async Task<CommandReply> SetRegionManagerAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        if (context.Mentions.Count != 1)
        {
            return context.Usage();
        }

        var words = Typed(context.Arguments);
        var remove = words.Count > 0 && RemoveWords.Contains(words[0], StringComparer.OrdinalIgnoreCase);
        var name = string.Join(' ', remove ? words.Skip(1) : words).Trim();
        var person = await people.ResolveAsync(context.Turn, context.Team.Id, context.Mentions[0], cancellationToken);
        if (person is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name));
        }

        string? problem = null;
        var shownNode = name.Length == 0 ? context.Team.Name : name;
        var result = await editor.ApplyAsync(context.Actor, tree =>
        {
            var node = name.Length == 0 ? TeamNode(tree, context.Team) : FindRegion(tree, name);
            if (node is null)
            {
                problem = NotFound(context, name);
                return null;
            }

            var has = node.Managers.Contains(person.Id);
            if (has != remove && tree.Contains(node.Id))
            {
                return null;
            }

            var managers = remove ? node.Managers.Where(m => m != person.Id).ToList() : node.Managers.Append(person.Id).Distinct().ToList();
            return new TreeChange(
                tree.With(node with { Managers = managers }),
                node.Id,
                [new SettingChange("manager:" + person.Id.Value, remove ? person.Name : null, remove ? null : person.Name)]);
        }, cancellationToken);
        var done = remove ? nameof(BotStrings.RegionManagerRemoved) : nameof(BotStrings.RegionManagerAdded);
        return problem is not null
            ? CommandReply.Text(problem)
            : Reply(context, result, () => context.Texts.Format(done, CardText.Escape(person.Name), CardText.Escape(shownNode)));
    }

    /// <summary>
    /// <c>set region timezone REGION ZONE</c> (<c>设置大区时区 华东 Asia/Shanghai</c>): the zone the region's teams and
    /// regions below inherit unless they set their own; <c>none</c> clears it (the region inherits again). The zone is
    /// read by the team command's <see cref="TimeZoneParser"/>.
    /// </summary>
    public async Task<CommandReply> SetRegionTimeZoneAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        var (name, value) = SplitRegionAndValue(await editor.ReadAsync(cancellationToken), context.Arguments);
        if (name is null)
        {
            return value.Length == 0 ? context.Usage() : CommandReply.Text(NotFound(context, Typed(context.Arguments)[0]));
        }

        if (value.Length == 0)
        {
            return context.Usage();
        }

        var clear = NoneWords.Contains(value, StringComparer.OrdinalIgnoreCase);
        string? zone = null;
        if (!clear && !TimeZoneParser.TryParse(value, out zone))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.TimeZoneUnknown), CardText.Escape(Display.Shorten(value))));
        }

        var result = await EditRegionAsync(context, name, region => region.TimeZoneId == zone
            ? null
            : (region with { TimeZoneId = zone }, new SettingChange(SettingKeys.TimeZone, region.TimeZoneId, zone)), cancellationToken);
        return result.Problem is not null ? CommandReply.Text(result.Problem) : Reply(context, result.Edit!, () => clear
            ? context.Texts.Format(nameof(BotStrings.RegionTimeZoneCleared), CardText.Escape(name))
            : context.Texts.Format(nameof(BotStrings.RegionTimeZoneSet), CardText.Escape(name), CardText.Escape(zone)));
    }

    /// <summary>
    /// <c>set region fiscal year REGION MONTH</c> (<c>设置大区财年 华东 4月</c>): the first month of the fiscal year the
    /// region and everything below it inherit unless set lower down; <c>none</c> clears it. The month is read by the
    /// team command's <see cref="MonthNameParser"/>.
    /// </summary>
    public async Task<CommandReply> SetRegionFiscalYearStartAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MayEdit(context))
        {
            return context.Say(nameof(BotStrings.RegionsOnlySalesOps));
        }

        var (name, value) = SplitRegionAndValue(await editor.ReadAsync(cancellationToken), context.Arguments);
        if (name is null)
        {
            return value.Length == 0 ? context.Usage() : CommandReply.Text(NotFound(context, Typed(context.Arguments)[0]));
        }

        var words = Words.Without(Words.Of(value), "month", "in", "=");
        var clear = words.Count == 1 && NoneWords.Contains(words[0], StringComparer.OrdinalIgnoreCase);
        int? month = null;
        if (!clear)
        {
            if (words.Count != 1 || !MonthNameParser.TryParse(words[0], context.Texts.FormatCulture, out var parsed))
            {
                return context.Usage(value.Length == 0 ? null : context.Texts.Format(nameof(BotStrings.MonthNotUnderstood), CardText.Escape(Display.Shorten(value))));
            }

            month = parsed;
        }

        var result = await EditRegionAsync(context, name, region => region.FiscalYearStartMonth == month
            ? null
            : (region with { FiscalYearStartMonth = month }, new SettingChange(SettingKeys.FiscalYearStart, Invariant(region.FiscalYearStartMonth), Invariant(month))), cancellationToken);
        return result.Problem is not null ? CommandReply.Text(result.Problem) : Reply(context, result.Edit!, () => month is { } m
            ? context.Texts.Format(nameof(BotStrings.RegionFiscalYearSet), CardText.Escape(name), Display.Month(m, context.Texts))
            : context.Texts.Format(nameof(BotStrings.RegionFiscalYearCleared), CardText.Escape(name)));
    }

    /// <summary>
    /// <c>set region target REGION month|quarter [PERIOD] AMOUNT</c> (<c>设置大区目标 华东 4月 500万</c>): the region's own
    /// target for a month or a fiscal quarter (without one, the roll-up uses the sum of its children's). The period and
    /// amount are read as <c>set target</c> reads them (<see cref="TargetInput"/>), on the region's effective fiscal
    /// calendar and zone, and shown in its effective currency; <c>none</c> removes the target. Sales ops (or a pilot's
    /// team admins) and the managers of the region or a region above it may set it; the answer is private (targets are).
    /// </summary>
    public async Task<CommandReply> SetRegionTargetAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tree = await editor.ReadAsync(cancellationToken);
        var (name, value) = SplitRegionAndValue(tree, context.Arguments);
        if (name is null)
        {
            return value.Length == 0 ? context.Usage() : CommandReply.Text(NotFound(context, Typed(context.Arguments)[0]));
        }

        var region = FindRegion(tree, name)!;
        // A region's manager who is no admin of this team reaches here too (CommandDispatcher): a pilot's team-admin rights are not theirs.
        var editsRegions = MayEdit(context) && policy.IsAdmin(context.Team, context.Actor.Value);
        if (!editsRegions && !access.MayExport(tree, region.Id, context.Activity.GetTenantId(), context.Actor.Value))
        {
            return context.Say(nameof(BotStrings.RegionTargetNotAllowed), CardText.Escape(name));
        }

        var settings = tree.Settings(region.Id);
        var words = Words.Without(Words.Of(value), "for", "of", "to", "=", "为", "為", "的");
        var reading = TargetInput.Read(words, settings.FiscalYearStartMonth, clock.TodayIn(settings.TimeZoneId), context.Locale.FormatCulture);
        if (TargetText.Refusal(context, reading, settings.FiscalYearStartMonth) is { } refusal)
        {
            return refusal;
        }

        if (reading.Amount > context.Team.AmountCeiling)
        {
            return context.Say(nameof(BotStrings.AmountTooLarge), context.Team.AmountCeiling);
        }

        var isMonth = reading.Kind == TargetKind.Month;
        var setting = SettingKeys.With(isMonth ? SettingKeys.MonthTarget : SettingKeys.QuarterTarget, reading.Key);
        decimal? before = null;
        var result = await EditRegionAsync(context, name, node =>
        {
            var targets = isMonth ? node.MonthTargets : node.QuarterTargets;
            before = targets.TryGetValue(reading.Key, out var found) ? found : null;
            if (before == reading.Amount)
            {
                return null;
            }

            var updated = reading.ApplyTo(targets);
            var next = isMonth ? node with { MonthTargets = updated } : node with { QuarterTargets = updated };
            return (next, new SettingChange(setting, Invariant(before), Invariant(reading.Amount)));
        }, cancellationToken);
        if (result.Problem is not null)
        {
            return CommandReply.Text(result.Problem);
        }

        var period = TargetText.Period(context.Locale, reading);
        var was = before is { } old ? AdminText.Money(context.Locale, old, settings.Currency) : context.Texts.Text(nameof(BotStrings.ValueNoTarget));
        return context.Privately(Reply(context, result.Edit!, () => reading.Amount is { } amount
            ? context.Texts.Format(nameof(BotStrings.RegionTargetSet), CardText.Escape(name), period, AdminText.Money(context.Locale, amount, settings.Currency), was)
            : context.Texts.Format(nameof(BotStrings.RegionTargetCleared), CardText.Escape(name), period, was)));
    }

    /// <summary>
    /// <c>regions</c>: the tree, one line per node, indented under its parent, with its managers and channel, and for a
    /// region its zone, fiscal calendar and own targets for the current month and quarter.
    /// </summary>
    public async Task<CommandReply> ListAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tree = await editor.ReadAsync(cancellationToken);
        if (!tree.Nodes.Any(n => !n.IsTeam))
        {
            return context.Say(nameof(BotStrings.RegionsNone));
        }

        var lines = new List<string> { context.Texts.Text(nameof(BotStrings.RegionsTitle)) };
        foreach (var root in tree.Roots.Where(r => !r.IsTeam || tree.Children(r.Id).Count > 0))
        {
            foreach (var node in tree.Subtree(root.Id))
            {
                var indent = new string('\u00A0', 4 * (tree.Depth(node.Id) - 1));
                var managers = node.Managers.Count.ToString(CultureInfo.InvariantCulture);
                var key = node.IsTeam ? nameof(BotStrings.RegionsLineTeam) : nameof(BotStrings.RegionsLineRegion);
                var channel = node.IsTeam || node.ChannelId is not null ? string.Empty : " " + context.Texts.Text(nameof(BotStrings.RegionsNoChannel));
                var settings = node.IsTeam ? string.Empty : " " + SettingsText(context, tree, node) + " " + TargetsText(context, tree, node);
                lines.Add(indent + "- " + context.Texts.Format(key, CardText.Escape(node.Name), managers) + channel + settings);
            }
        }

        return context.Privately(CommandReply.Text(string.Join("\n\n", lines)));
    }

    /// <summary>One region's own setting through <see cref="EditOrgTree"/> (audited there); null from the change = unchanged.</summary>
    private async Task<(TreeEditResult? Edit, string? Problem)> EditRegionAsync(
        AdminCommandContext context, string name, Func<OrgNode, (OrgNode Node, SettingChange Change)?> change, CancellationToken cancellationToken)
    {
        string? problem = null;
        var result = await editor.ApplyAsync(context.Actor, tree =>
        {
            if (FindRegion(tree, name) is not { } region)
            {
                problem = NotFound(context, name);
                return null;
            }

            return change(region) is { } edit ? new TreeChange(tree.With(edit.Node), region.Id, [edit.Change]) : null;
        }, cancellationToken);
        return (result, problem);
    }

    /// <summary>
    /// "EMEA North Europe/Berlin": the longest leading words that name a region, and the rest. Region names may hold
    /// spaces, so the tree is read to tell them apart. Chinese runs a name into its value ("华东4月 500万"): when no
    /// leading words name a region, a known region name followed directly by a digit is split off. A null name means
    /// nothing typed names a region.
    /// </summary>
    private static (string? Name, string Value) SplitRegionAndValue(OrgTree tree, string arguments)
    {
        var words = Typed(arguments);
        if (words.Count == 0)
        {
            return (null, string.Empty);
        }

        for (var take = words.Count; take >= 1; take--)
        {
            var name = string.Join(' ', words.Take(take));
            if (FindRegion(tree, name) is { } region)
            {
                return (region.Name, string.Join(' ', words.Skip(take)));
            }
        }

        var text = string.Join(' ', words);
        var runIn = tree.Nodes
            .Where(n => !n.IsTeam && n.Name.Length > 0 && !char.IsDigit(n.Name[^1]) && text.Length > n.Name.Length
                && text.StartsWith(n.Name, StringComparison.OrdinalIgnoreCase) && StartsWithDigit(text[n.Name.Length..]))
            .MaxBy(n => n.Name.Length);
        return runIn is null ? (null, text) : (runIn.Name, text[runIn.Name.Length..].Trim());
    }

    /// <summary>Whether <paramref name="text"/> starts with a digit, full-width (４) or not.</summary>
    private static bool StartsWithDigit(string text) => InputText.Normalize(text[..1]) is { Length: > 0 } first && char.IsAsciiDigit(first[0]);

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Invariant(decimal? amount) => amount is { } value ? SettingKeys.Value(value) : null;

    /// <summary>A region's zone and fiscal start: its own, or "inherited" with the value it gets from above.</summary>
    private static string SettingsText(AdminCommandContext context, OrgTree tree, OrgNode region)
    {
        var effective = tree.Settings(region.Id);
        var zone = region.TimeZoneId is { } own
            ? CardText.Escape(own)
            : context.Texts.Format(nameof(BotStrings.RegionsInherited), CardText.Escape(effective.TimeZoneId));
        var fiscal = region.FiscalYearStartMonth is { } month
            ? Display.Month(month, context.Texts)
            : context.Texts.Format(nameof(BotStrings.RegionsInherited), Display.Month(effective.FiscalYearStartMonth, context.Texts));
        return context.Texts.Format(nameof(BotStrings.RegionsSettings), zone, fiscal);
    }

    /// <summary>
    /// The region's own month and quarter target for the current period on its calendar ("—" where it has none: the roll-up
    /// then sums its children's), in its currency and the reader's culture.
    /// </summary>
    private string TargetsText(AdminCommandContext context, OrgTree tree, OrgNode region)
    {
        var settings = tree.Settings(region.Id);
        var today = clock.TodayIn(settings.TimeZoneId);
        var month = YearMonth.Of(today);
        var quarter = FiscalQuarter.Containing(today, settings.FiscalYearStartMonth);
        string Amount(IReadOnlyDictionary<string, decimal> targets, string key) => targets.TryGetValue(key, out var amount)
            ? AdminText.Money(context.Locale, amount, settings.Currency)
            : context.Texts.Text(nameof(BotStrings.RegionsNoTarget));
        return context.Texts.Format(
            nameof(BotStrings.RegionsTargets),
            AdminText.Month(context.Locale, month),
            Amount(region.MonthTargets, month.ToString()),
            AdminText.Quarter(context.Locale, quarter),
            Amount(region.QuarterTargets, quarter.Key));
    }

    private bool MayEdit(AdminCommandContext context) =>
        policy.IsBootstrapAdminOf(context.Team, context.Actor.Value) || !policy.HasBootstrapAdminsFor(context.Team);

    private static CommandReply Reply(AdminCommandContext context, TreeEditResult result, Func<string> saved) => result.Status switch
    {
        EditStatus.Saved => CommandReply.Text(saved()),
        EditStatus.Unchanged => context.Say(nameof(BotStrings.RegionUnchanged)),
        EditStatus.Conflict => context.Say(nameof(BotStrings.SettingsConflict)),
        _ => CommandReply.Text(string.Join("\n\n", result.Problems.Select(p => TreeProblemText.For(context.Texts, result.Tree, p)))),
    };

    private static string NotFound(AdminCommandContext context, string name) =>
        context.Texts.Format(nameof(BotStrings.RegionNotFound), CardText.Escape(Display.Shorten(name)));

    private static (string First, string? Second) SplitUnder(string arguments)
    {
        var words = Typed(arguments);
        var at = words.FindIndex(w => UnderWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        return at < 0
            ? (string.Join(' ', words), null)
            : (string.Join(' ', words.Take(at)), string.Join(' ', words.Skip(at + 1)));
    }

    /// <summary>The words as typed (names keep their case; <see cref="Words.Of"/> would lower it).</summary>
    private static List<string> Typed(string arguments) => [.. arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static OrgNode? FindRegion(OrgTree tree, string name) =>
        tree.Nodes.FirstOrDefault(n => !n.IsTeam && string.Equals(n.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static OrgNode TeamNode(OrgTree tree, TeamSettings team) =>
        tree.FindTeam(team.Id) ?? OrgNode.ForTeam(team.Id, team.Name.Length > 0 ? team.Name : team.Id.Value);

    /// <summary>A region's id: <c>region:</c> and its name as typed first (team ids never start so), cut to fit.</summary>
    private static NodeId NewRegionId(string name)
    {
        var id = "region:" + name.Trim().ToLowerInvariant();
        return NodeId.From(id.Length <= NodeId.MaxLength ? id : id[..NodeId.MaxLength]);
    }
}
