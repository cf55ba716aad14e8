using System.Globalization;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Regions;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards.Elements;
using BotCommit.Exchange.Regions;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Regions;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// <c>export region NAME [WEEK]</c> (<c>导出大区</c> / <c>匯出大區</c>; issue #17): a region's posted summary and everything
/// it was computed from, privately, for sales ops and the managers of the region or a region above it
/// (<see cref="RegionAccess"/>). The files are what was kept with the post (<see cref="RegionSummaryOfRecord"/>), offered
/// as single-use download links bound to the asker (the team <c>export</c>'s mechanism); without a public address the two
/// JSON files come as text. Without a week: the latest week (this or last) whose summary was posted. A region is not a
/// team, so this runs before a team is resolved.
/// </summary>
internal sealed class RegionExportCommands(
    IOrgTreeStore trees,
    RegionAccess access,
    IActionLog actions,
    RegionSummaryOfRecord records,
    RegionWeekReader reader,
    Downloads.DownloadLinks links,
    TimeProvider clock)
{
    /// <summary>The answer, every line of it for the asker only (a region's names and figures stay out of channels).</summary>
    public async Task<CommandReply> ExportAsync(ITurnContext turn, string arguments, CommandDefinition command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(command);
        var texts = UserTexts.For(turn.Activity);
        return Privately(texts, await AnswerAsync(turn, texts, arguments, command, cancellationToken));
    }

    private async Task<CommandReply> AnswerAsync(ITurnContext turn, UserTexts texts, string arguments, CommandDefinition command, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var actor = activity.From?.AadObjectId ?? string.Empty;
        var tenant = activity.GetTenantId();
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return CommandReply.Text(texts.Text(command.UsageResource!));
        }

        var tree = (await trees.GetAsync(cancellationToken))?.Value ?? OrgTree.Empty;
        var (region, rest) = FindRegion(tree, words);
        if (region is null)
        {
            return access.MayExportAny(tree, tenant, actor)
                ? CommandReply.Text(texts.Format(nameof(BotStrings.RegionNotFound), CardText.Escape(Display.Shorten(arguments))))
                : CommandReply.Text(texts.Format(nameof(BotStrings.ExportRegionNotAllowed), CardText.Escape(Display.Shorten(arguments))));
        }

        var name = CardText.Escape(region.Name);
        if (!access.MayExport(tree, region.Id, tenant, actor))
        {
            return CommandReply.Text(texts.Format(nameof(BotStrings.ExportRegionNotAllowed), name));
        }

        var now = clock.GetUtcNow();
        var thisWeek = ForecastWeek.Containing(DateOnly.FromDateTime(now.UtcDateTime));
        ForecastWeek week;
        if (rest.Length == 0)
        {
            week = thisWeek;
            foreach (var candidate in new[] { thisWeek, thisWeek.Previous })
            {
                if (await PostedAsync(region.Id, candidate, cancellationToken) is not null)
                {
                    week = candidate;
                    break;
                }
            }
        }
        else if (!WeekParser.TryParse(rest, thisWeek, out week))
        {
            return CommandReply.Text(texts.Format(nameof(BotStrings.WeekNotUnderstood), CardText.Escape(Display.Shorten(rest))) + " " + texts.Text(command.UsageResource!));
        }

        if (await PostedAsync(region.Id, week, cancellationToken) is not { } post)
        {
            return CommandReply.Text(texts.Format(nameof(BotStrings.ExportRegionNotPosted), name, week));
        }

        // A summary posted before posts kept their inputs: read again as of the post (the tree and settings as they are now).
        var files = await records.GetAsync(region.Id, week, cancellationToken) is { } kept
            ? new RegionExportFiles(region.Id, week, kept.ExportJson, kept.SummaryJson)
            : await ReadAgainAsync(tree, region.Id, week, post.UpdatedAt, cancellationToken);

        var messages = new List<Activity> { MessageFactory.Text(texts.Format(nameof(BotStrings.ExportRegionIntro), name, week)) };
        if (FilesCard(texts, tree, region, week, tenant, actor, activity.Locale) is { } card)
        {
            messages.Add(MessageFactory.Card(card.ToJson(), card.FallbackText));
        }
        else
        {
            var parts = SubmissionsExport.Split(files.SummaryJson).Concat(SubmissionsExport.Split(files.ExportJson)).ToList();
            if (parts.Count > SubmissionsExport.MaxParts)
            {
                return CommandReply.Text(texts.Format(nameof(BotStrings.ExportRegionTooLarge), name));
            }

            messages.Add(MessageFactory.Text(texts.Text(nameof(BotStrings.ExportRegionAsText))));
            messages.AddRange(parts.Select(part => new Activity { Type = ActivityTypes.Message, Text = part, TextFormat = "plain" }));
        }

        return new CommandReply(messages);
    }

    /// <summary>The region summary's delivery record when the summary was posted (or may have arrived), else null.</summary>
    private async Task<ActionRecord?> PostedAsync(NodeId region, ForecastWeek week, CancellationToken cancellationToken)
    {
        var key = RunRegionTick.SummaryKey(region, week);
        var record = (await actions.GetAsync(key.Team, week, key.Subject, key.Kind, cancellationToken))?.Value;
        return record is { State: ActionState.Completed } || record?.IsDeliveryUnknown == true ? record : null;
    }

    private async Task<RegionExportFiles> ReadAgainAsync(OrgTree tree, NodeId region, ForecastWeek week, DateTimeOffset postedAt, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(tree, region, week, postedAt, cancellationToken);
        return new RegionExportFiles(region, week, RegionExportJson.Write(read.Export()), RegionSummaryJson.Write(read.Summary()));
    }

    private AdaptiveCard? FilesCard(UserTexts texts, OrgTree tree, OrgNode region, ForecastWeek week, string? tenant, string actor, string? locale)
    {
        var titles = new Dictionary<ExportFileKind, string>
        {
            [ExportFileKind.RegionWorkbook] = texts.Text(nameof(BotStrings.ExportRegionFileWorkbook)),
            [ExportFileKind.RegionSummaryJson] = texts.Text(nameof(BotStrings.ExportRegionFileSummaryJson)),
            [ExportFileKind.RegionExportJson] = texts.Text(nameof(BotStrings.ExportRegionFileExportJson)),
            [ExportFileKind.RegionSummaryCsv] = texts.Text(nameof(BotStrings.ExportRegionFileSummaryCsv)),
        };
        var actions = new List<CardAction>();
        DateTimeOffset? expires = null;
        foreach (var kind in RegionExportFiles.Kinds)
        {
            if (links.CreateForRegion(region.Id, tenant, week, kind, RepId.From(actor), locale) is not { } link)
            {
                return null;
            }

            expires = link.Expires;
            actions.Add(new OpenUrlAction(titles[kind], link.Link));
        }

        var zone = tree.Settings(region.Id).TimeZoneId;
        var until = TimeZoneInfo.ConvertTime(expires!.Value, TimeZones.FindOrUtc(zone));
        var when = until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + zone;
        var title = texts.Format(nameof(BotStrings.ExportRegionFilesTitle), CardText.Escape(region.Name), week);
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = "Medium", Weight = "Bolder", Wrap = true },
            new TextBlock(texts.Format(nameof(BotStrings.ExportRegionFilesNote), when)) { IsSubtle = true, Wrap = true },
            new ActionSet(actions),
        ]) { FallbackText = title };
    }

    private static CommandReply Privately(UserTexts texts, CommandReply reply) => reply with
    {
        IsPrivate = true,
        PrivateNotice = texts.Text(nameof(BotStrings.SentPrivately)),
        PrivateUnreachable = texts.Text(nameof(BotStrings.PrivateAnswerNoPersonalChat)),
    };

    /// <summary>The region the longest run of leading words names (names may hold spaces), and the words after it (the week).</summary>
    private static (OrgNode? Region, string Week) FindRegion(OrgTree tree, string[] words)
    {
        for (var count = words.Length; count > 0; count--)
        {
            var name = string.Join(' ', words.Take(count));
            if (tree.Nodes.FirstOrDefault(n => !n.IsTeam && string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)) is { } region)
            {
                return (region, string.Join(' ', words.Skip(count)));
            }
        }

        return (null, string.Empty);
    }
}
