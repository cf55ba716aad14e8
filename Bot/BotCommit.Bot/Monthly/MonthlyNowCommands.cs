using System.Globalization;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Progress;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.MonthlyCheckIn;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Monthly;

/// <summary>
/// <c>monthly now [YYYY-MM]</c> (<c>立即月度总结</c> / <c>立即月度總結</c>): an admin posts the month's review to the
/// managers' channel now, through the scheduled post's own delivery record (<see cref="MonthlyReviewNow"/>), so it goes out
/// once whoever asks first. Like <c>summary now</c> it answers at once with a progress card, private to the admin (asked in
/// a channel, the card goes to the personal chat and the channel gets one line), and replaces that card with the outcome
/// and the time taken once the review is computed and posted.
/// </summary>
internal sealed class MonthlyNowCommands(
    MonthlyReviewNow monthlyNow,
    AdminProgress adminProgress,
    LongWork longWork,
    TimeProvider time,
    ILogger<MonthlyNowCommands> logger)
{
    public async Task<CommandReply> RunAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var team = context.Team;
        YearMonth? month = null;
        var arguments = context.Arguments.Trim();
        if (arguments.Length > 0)
        {
            var today = YearMonth.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            if (!YearMonth.TryParse(arguments, out var typed) && !PeriodParser.TryParseMonth(arguments, texts.FormatCulture, today, out typed))
            {
                return context.Usage(texts.Format(nameof(BotStrings.MonthlyNowBadMonth), CardText.Escape(Display.Shorten(arguments))));
            }

            month = typed;
        }

        var title = month is { } asked
            ? texts.Format(nameof(BotStrings.MonthlyNowTitle), asked, CardText.Escape(team.Name))
            : texts.Format(nameof(BotStrings.MonthlyNowProgressTitle), CardText.Escape(team.Name));
        var first = ProgressCard.Build(new ProgressCardModel(title) { Starting = texts.Text(nameof(BotStrings.MonthlyNowReading)) }, context.Locale);
        var message = await adminProgress.StartAsync(
            context, MessageFactory.Card(first.ToJson(), first.FallbackText), texts.Text(nameof(BotStrings.MonthlyNowSentPrivately)), cancellationToken);
        if (message is null)
        {
            return context.Say(nameof(BotStrings.PrivateAnswerNoPersonalChat)); // asked in a channel, no personal chat: nothing posted
        }

        var started = time.GetTimestamp();
        if (!message.CanUpdate)
        {
            // A conversation that does not say which message it created cannot have it replaced: answer within the turn.
            var (doneTitle, notes) = Outcome(texts, team, await monthlyNow.RunAsync(team.Id, month, cancellationToken));
            return context.Privately(CommandReply.Card(Final(doneTitle, notes, started, context)) with { PrivateNotice = string.Empty });
        }

        longWork.Start("monthly now", async stopping =>
        {
            MonthlyReviewNowResult? result = null;
            try
            {
                result = await monthlyNow.RunAsync(team.Id, month, stopping);
                if (result.Error is { } error)
                {
                    MonthlyLog.ReviewNowError(logger, error.Exception, team.Id.Value);
                }
            }
            finally
            {
                if (!stopping.IsCancellationRequested)
                {
                    var (doneTitle, notes) = result is null
                        ? (title, (IReadOnlyList<string>)[texts.Text(nameof(BotStrings.MonthlyNowFailed))])
                        : Outcome(texts, team, result);
                    await ReplaceAsync(message, Final(doneTitle, notes, started, context), stopping);
                }
            }
        });
        return CommandReply.None;
    }

    private AdaptiveCard Final(string title, IReadOnlyList<string> notes, long started, AdminCommandContext context) =>
        ProgressCard.Build(new ProgressCardModel(title) { Counts = [], Notes = notes, Elapsed = time.GetElapsedTime(started) }, context.Locale);

    private async Task ReplaceAsync(ProgressMessage message, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await message.ReplaceAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ProgressLog.ProgressUpdateFailed(logger, exception, message.ActivityId);
        }
    }

    /// <summary>The final card's title and notes, in the reader's language.</summary>
    private static (string Title, IReadOnlyList<string> Notes) Outcome(UserTexts texts, TeamSettings team, MonthlyReviewNowResult result)
    {
        var month = result.Month?.ToString() ?? string.Empty;
        var title = texts.Format(nameof(BotStrings.MonthlyNowTitle), month, CardText.Escape(team.Name));
        var channel = CardText.Escape(team.SummaryChannel?.Display ?? string.Empty);
        return result.Status switch
        {
            MonthlyReviewNowStatus.Posted => (texts.Format(nameof(BotStrings.MonthlyNowPosted), month, channel), []),
            MonthlyReviewNowStatus.AlreadyPosted => (title, [texts.Format(nameof(BotStrings.MonthlyNowAlreadyPosted), month, When(team, result.PostedAt))]),
            MonthlyReviewNowStatus.NotPosted => (title, [texts.Format(nameof(BotStrings.MonthlyNowNotPosted), month, CardText.Escape(result.Detail ?? string.Empty))]),
            MonthlyReviewNowStatus.InProgress => (title, [texts.Format(nameof(BotStrings.MonthlyNowInProgress), month)]),
            MonthlyReviewNowStatus.NotYet => (title, [texts.Format(nameof(BotStrings.MonthlyNowNotYet), month, result.DueWeek?.ToString() ?? string.Empty)]),
            MonthlyReviewNowStatus.MonthlyOff => (title, [texts.Format(nameof(BotStrings.MonthlyNowOff), CardText.Escape(team.Name))]),
            MonthlyReviewNowStatus.TeamNotFound => (title, [texts.Text(nameof(BotStrings.TeamGone))]),
            _ => (title, [texts.Format(nameof(BotStrings.MonthlyNowLater), month)]),
        };
    }

    /// <summary>When the review went out, on the team's clock: <c>2026-12-07 08:00 (Europe/Berlin)</c>.</summary>
    private static string When(TeamSettings team, DateTimeOffset? at)
    {
        if (at is not { } instant)
        {
            return string.Empty;
        }

        var zone = TimeZones.Find(team.TimeZoneId);
        return TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (" + team.TimeZoneId + ")";
    }
}
