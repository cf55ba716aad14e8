using System.Globalization;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// <c>export month [MONTH]</c> (<c>导出月度</c> / <c>匯出月度</c>; issues #18 item 6 and #19 item 1): a month's forecast review
/// and everything that reproduces it offline, for the team's admins (the rights of <c>export</c>), privately, as
/// single-use download links bound to the asker (the week export's mechanism, rights checked again at the download): the
/// workbook, the offline bundle (.zip: forecasts CSVs of m and m−1, submissions CSV, settings JSON, review JSON), the
/// review JSON and the forecasts CSV. Without links configured the review JSON comes as text. Without a month: the latest
/// month whose review was due (<see cref="MonthlyInstants.LatestDueReview"/>); a month named without its year is the
/// latest such month (<see cref="PeriodParser.TryParsePastMonth"/>); a month whose review is not due yet is refused.
/// </summary>
internal sealed class MonthExportCommands(MonthExport export, Downloads.DownloadLinks links, TeamClock clock)
{
    public async Task<CommandReply> ExportAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = context.Team;
        var now = clock.Now;
        var latest = MonthlyInstants.LatestDueReview(team, now);
        var month = latest;
        if (context.Arguments.Length > 0 && !PeriodParser.TryParsePastMonth(context.Arguments, context.Texts.FormatCulture, YearMonth.Of(clock.Today(team)), out month))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.ExportMonthNotUnderstood), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        if (month.First > latest.First)
        {
            var due = TeamClock.Local(team, MonthlyInstants.For(team, month).Summary);
            var when = due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + team.TimeZoneId;
            return context.Say(nameof(BotStrings.ExportMonthNotDue), month, when);
        }

        if (await export.ContentAsync(team, month, cancellationToken) is not { } content)
        {
            return context.Say(nameof(BotStrings.ExportMonthEmpty), month);
        }

        var review = content.Review.Review;
        var messages = new List<Activity>
        {
            MessageFactory.Text(context.Texts.Format(nameof(BotStrings.ExportMonthIntro), month, review.Reps.Count, month.AddMonths(-1))),
        };
        if (FilesCard(context, month) is { } card)
        {
            messages.Add(MessageFactory.Card(card.ToJson(), card.FallbackText));
        }
        else
        {
            var parts = SubmissionsExport.Split(content.ReviewJson);
            if (parts.Count > SubmissionsExport.MaxParts)
            {
                return context.Say(nameof(BotStrings.ExportMonthTooLarge), month);
            }

            messages.Add(MessageFactory.Text(context.Texts.Text(nameof(BotStrings.ExportMonthAsText))));
            messages.AddRange(parts.Select(part => new Activity { Type = ActivityTypes.Message, Text = part, TextFormat = "plain" }));
        }

        return context.Privately(new CommandReply(messages));
    }

    private AdaptiveCard? FilesCard(AdminCommandContext context, YearMonth month)
    {
        var texts = context.Texts;
        var titles = new Dictionary<ExportFileKind, string>
        {
            [ExportFileKind.MonthWorkbook] = texts.Text(nameof(BotStrings.ExportMonthFileWorkbook)),
            [ExportFileKind.MonthBundle] = texts.Text(nameof(BotStrings.ExportMonthFileBundle)),
            [ExportFileKind.MonthReviewJson] = texts.Text(nameof(BotStrings.ExportMonthFileReviewJson)),
            [ExportFileKind.MonthForecastsCsv] = texts.Text(nameof(BotStrings.ExportMonthFileForecastsCsv)),
        };
        var actions = new List<CardAction>();
        DateTimeOffset? expires = null;
        foreach (var kind in MonthExportContent.Kinds)
        {
            if (links.CreateForMonth(context.Team.Id, month, kind, context.Actor, context.Activity.Locale) is not { } link)
            {
                return null;
            }

            expires = link.Expires;
            actions.Add(new OpenUrlAction(titles[kind], link.Link));
        }

        var until = TeamClock.Local(context.Team, expires!.Value);
        var when = until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + context.Team.TimeZoneId;
        var title = texts.Format(nameof(BotStrings.ExportMonthFilesTitle), month);
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = "Medium", Weight = "Bolder", Wrap = true },
            new TextBlock(texts.Format(nameof(BotStrings.ExportMonthFilesNote), when)) { IsSubtle = true, Wrap = true },
            new ActionSet(actions),
        ]) { FallbackText = title };
    }
}
