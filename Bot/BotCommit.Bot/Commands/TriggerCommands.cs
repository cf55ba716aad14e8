using BotCommit.Bot.Admin;
using BotCommit.Bot.Progress;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Summary;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Commands;

/// <summary>
/// <c>nudge now [@rep]</c> (<c>nudge now again</c> re-sends to people already nudged this week), <c>summary now</c> (a
/// private preview, in the admin's personal chat, with a button to post it) and <c>post summary</c>. They run the
/// schedule's own use cases (<see cref="NudgeNow"/>, <see cref="SummaryNow"/>) within the admin's turn, so the
/// action records apply to them too and nothing is sent twice by accident.
/// </summary>
internal sealed class TriggerCommands(
    NudgeNow nudgeNow,
    SummaryNow summaryNow,
    PersonResolver people,
    SummaryPreview preview,
    IActionLog actions,
    IRosterStore roster,
    TeamClock clock,
    LongWork longWork,
    TimeProvider time,
    IOptions<ProgressOptions> progressOptions,
    ILogger<TriggerCommands> logger)
{
    private static readonly string[] ForceWords = ["again", "force", "resend", "再次", "再发", "再發", "重发", "重發"];
    private static readonly string[] PostWords = ["post", "发布", "發布", "發佈"];

    public async Task<CommandReply> NudgeNowAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = Words.Of(context.Arguments);
        var force = words.Any(w => ForceWords.Contains(w, StringComparer.Ordinal));
        if (words.Any(w => !ForceWords.Contains(w, StringComparer.Ordinal) && w is not ("to" or "for" or "给" or "給")) || context.Mentions.Count > 1)
        {
            return context.Usage();
        }

        Person? person = null;
        if (context.Mentions.Count == 1)
        {
            person = await people.ResolveAsync(context.Turn, context.Team.Id, context.Mentions[0], cancellationToken);
            if (person is null)
            {
                return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name));
            }
        }

        if (person is null)
        {
            return await NudgeTeamInBackgroundAsync(context, force, cancellationToken);
        }

        var result = await nudgeNow.RunAsync(context.Team.Id, person.Id, force, cancellationToken);
        var week = result.Week?.ToString() ?? string.Empty;
        switch (result.Status)
        {
            case ManualTriggerStatus.RepNotFound:
                return context.Say(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person?.Name));
            case ManualTriggerStatus.WeekSkipped:
                return context.Say(nameof(BotStrings.TriggerWeekSkipped), week);
            case ManualTriggerStatus.Done:
                break;
            default:
                return context.Say(nameof(BotStrings.TeamGone));
        }

        var counts = result.Actions;
        if (counts.Due == 0)
        {
            return context.Say(nameof(BotStrings.NudgeNobody), week);
        }

        var texts = context.Texts;
        var culture = texts.FormatCulture;
        var facts = new List<Fact> { new(texts.Text(nameof(BotStrings.NudgeSent)), counts.Sent.ToString(culture)) };
        var notes = new List<string>();
        if (counts.AlreadyHandled > 0)
        {
            facts.Add(new Fact(texts.Text(nameof(BotStrings.NudgeAlready)), counts.AlreadyHandled.ToString(culture)));
            notes.Add(texts.Text(nameof(BotStrings.NoteNudgeAgain)));
        }

        if (counts.Failed > 0)
        {
            facts.Add(new Fact(texts.Text(nameof(BotStrings.NudgeUnreachable)), counts.Failed.ToString(culture)));
            notes.Add(texts.Text(nameof(BotStrings.NoteNudgeUnreachable)));
        }

        if (counts.Deferred + counts.Errors > 0)
        {
            facts.Add(new Fact(texts.Text(nameof(BotStrings.NudgeLater)), (counts.Deferred + counts.Errors).ToString(culture)));
        }

        var what = person is null
            ? texts.Format(nameof(BotStrings.ChangedNudgeNow), week)
            : texts.Format(nameof(BotStrings.ChangedNudgeNowRep), CardText.Escape(person.Name), week);
        return AdminReplies.Confirm(context, what, null, null, notes, facts);
    }

    /// <summary>
    /// A whole team's nudge: the answer is a progress card posted at once; the fan-out runs after the turn and keeps that
    /// card up to date in place (<see cref="ProgressCardUpdater"/>), ending with the counts and the time taken.
    /// </summary>
    private async Task<CommandReply> NudgeTeamInBackgroundAsync(AdminCommandContext context, bool force, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var team = context.Team;
        var title = texts.Format(nameof(BotStrings.NudgeProgressTitle), CardText.Escape(team.Name));
        var first = ProgressCard.Build(new ProgressCardModel(title), context.Locale);
        var posted = await context.Turn.SendActivityAsync(MessageFactory.Card(first.ToJson(), first.FallbackText), cancellationToken);
        var progress = ProgressCardUpdater.ForNudge(ProgressMessage.InTurn(context.Turn, posted.Id), title, context.Locale, time, progressOptions.Value.UpdateInterval, logger);
        if (string.IsNullOrEmpty(posted.Id))
        {
            // A channel that does not say which message it created cannot have it updated: run within the turn and
            // answer with the final counts as a new message.
            var (doneTitle, doneNotes) = Outcome(texts, await nudgeNow.RunAsync(team.Id, null, force, progress, cancellationToken));
            return CommandReply.Card(ProgressCard.Build(progress.FinalModel(doneTitle, doneNotes), context.Locale));
        }

        longWork.Start("nudge now", async stopping =>
        {
            using var updates = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var loop = progress.RunAsync(updates.Token);
            ManualTriggerResult? result = null;
            try
            {
                result = await nudgeNow.RunAsync(team.Id, null, force, progress, stopping);
            }
            finally
            {
                await updates.CancelAsync();
                await loop;
                if (!stopping.IsCancellationRequested)
                {
                    var (finalTitle, notes) = result is null
                        ? (title, (IReadOnlyList<string>)[texts.Text(nameof(BotStrings.ProgressFailed))])
                        : Outcome(texts, result);
                    await progress.FinishAsync(finalTitle, notes, stopping);
                }
            }
        });
        return CommandReply.None;
    }

    /// <summary>The final card's title and notes for a whole team's nudge.</summary>
    private static (string Title, IReadOnlyList<string> Notes) Outcome(UserTexts texts, ManualTriggerResult result)
    {
        var week = result.Week?.ToString() ?? string.Empty;
        var done = texts.Format(nameof(BotStrings.ChangedNudgeNow), week);
        switch (result.Status)
        {
            case ManualTriggerStatus.WeekSkipped:
                return (done, [texts.Format(nameof(BotStrings.TriggerWeekSkipped), week)]);
            case ManualTriggerStatus.Done when result.Actions.Due == 0:
                return (done, [texts.Format(nameof(BotStrings.NudgeNobody), week)]);
            case ManualTriggerStatus.Done:
                var notes = new List<string>();
                if (result.Actions.AlreadyHandled > 0)
                {
                    notes.Add(texts.Text(nameof(BotStrings.NoteNudgeAgain)));
                }

                if (result.Actions.Failed > 0)
                {
                    notes.Add(texts.Text(nameof(BotStrings.NoteNudgeUnreachable)));
                }

                return (done, notes);
            default:
                return (done, [texts.Text(nameof(BotStrings.TeamGone))]);
        }
    }

    /// <summary>The preview goes to the admin's personal chat; in a channel the answer only says where it went.</summary>
    public async Task<CommandReply> SummaryNowAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PostWords.Contains(context.Arguments, StringComparer.OrdinalIgnoreCase))
        {
            return await PostSummaryAsync(context, cancellationToken); // "summary now post": the admin already saw the preview.
        }

        var team = context.Team;
        var week = clock.CurrentWeek(team, await roster.ListAsync(team.Id, cancellationToken));
        if (PrivateAnswers.IsPersonal(context.Turn.Activity))
        {
            return await SummaryInBackgroundAsync(context, week, cancellationToken);
        }

        var card = await preview.BuildAsync(team.Id, week, context.Locale, cancellationToken);
        if (card is null)
        {
            return context.Say(nameof(BotStrings.TeamGone));
        }

        var post = SummaryPostCard.Build(PostModel(team, week), context.Locale);
        var messages = new List<Activity>
        {
            MessageFactory.Card(card, context.Texts.Format(nameof(BotStrings.SummaryPreviewNotification), week)),
            MessageFactory.Card(post.ToJson(), post.FallbackText),
        };
        return context.Privately(new CommandReply(messages)
        {
            PrivateNotice = context.Texts.Text(nameof(BotStrings.SummaryPreviewSentPrivately)),
            PrivateUnreachable = context.Texts.Text(nameof(BotStrings.SummaryPreviewNoPersonalChat)),
        });
    }

    /// <summary>
    /// <c>summary now</c> in the admin's personal chat: a progress card at once; the summary of a large team is computed
    /// after the turn, then the preview replaces that card in place and the post card follows with the time taken.
    /// (Asked in a channel, the preview goes to the personal chat within the turn, as before.)
    /// </summary>
    private async Task<CommandReply> SummaryInBackgroundAsync(AdminCommandContext context, ForecastWeek week, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var locale = context.Locale;
        var team = context.Team;
        var turn = context.Turn;
        var title = texts.Format(nameof(BotStrings.SummaryProgressTitle), CardText.Escape(team.Name), week);
        var first = ProgressCard.Build(new ProgressCardModel(title) { Starting = texts.Text(nameof(BotStrings.SummaryProgressReading)) }, locale);
        var posted = await turn.SendActivityAsync(MessageFactory.Card(first.ToJson(), first.FallbackText), cancellationToken);
        if (string.IsNullOrEmpty(posted.Id))
        {
            // A channel that does not say which message it created cannot have it replaced: answer within the turn.
            var card = await preview.BuildAsync(team.Id, week, locale, cancellationToken);
            if (card is null)
            {
                return context.Say(nameof(BotStrings.TeamGone));
            }

            var post = SummaryPostCard.Build(PostModel(team, week), locale);
            return new CommandReply([
                MessageFactory.Card(card, texts.Format(nameof(BotStrings.SummaryPreviewNotification), week)),
                MessageFactory.Card(post.ToJson(), post.FallbackText),
            ]);
        }

        var started = time.GetTimestamp();
        longWork.Start("summary now", async stopping =>
        {
            try
            {
                var card = await preview.BuildAsync(team.Id, week, locale, stopping);
                if (card is null)
                {
                    await ReplaceProgressAsync(turn, posted.Id, new ProgressCardModel(title) { Starting = texts.Text(nameof(BotStrings.TeamGone)), Elapsed = time.GetElapsedTime(started) }, locale, stopping);
                    return;
                }

                await turn.UpdateActivityAsync(posted.Id, MessageFactory.Card(card, texts.Format(nameof(BotStrings.SummaryPreviewNotification), week)), stopping);
                var ready = texts.Format(nameof(BotStrings.SummaryProgressDone), ProgressCard.Duration(time.GetElapsedTime(started), locale));
                var post = SummaryPostCard.Build(PostModel(team, week) with { Message = ready }, locale);
                await turn.SendActivityAsync(MessageFactory.Card(post.ToJson(), post.FallbackText), stopping);
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                var failed = new ProgressCardModel(title)
                {
                    Starting = texts.Text(nameof(BotStrings.SummaryProgressFailed)),
                    Elapsed = time.GetElapsedTime(started),
                };
                await ReplaceProgressAsync(turn, posted.Id, failed, locale, stopping);
                throw; // LongWork logs it
            }
        });
        return CommandReply.None;
    }

    private async Task ReplaceProgressAsync(ITurnContext turn, string activityId, ProgressCardModel model, CardLocale locale, CancellationToken cancellationToken)
    {
        var card = ProgressCard.Build(model, locale);
        try
        {
            await turn.UpdateActivityAsync(activityId, MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ProgressLog.ProgressUpdateFailed(logger, exception, activityId);
        }
    }

    public async Task<CommandReply> PostSummaryAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = await PostAsync(context.Team, context.Texts, cancellationToken);
        return CommandReply.Text(model.Message!);
    }

    /// <summary>Posts the current week's summary now (also before the deadline, or again) and says how it went.</summary>
    public async Task<SummaryPostModel> PostAsync(TeamSettings team, UserTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(texts);
        var result = await summaryNow.RunAsync(team.Id, force: true, cancellationToken);
        var week = result.Week ?? clock.CurrentWeek(team, []);
        var model = PostModel(team, week);
        var channel = model.ChannelName ?? string.Empty;
        switch (result.Status)
        {
            case ManualTriggerStatus.WeekSkipped:
                return model with { Message = texts.Format(nameof(BotStrings.TriggerWeekSkipped), week), MessageIsError = true };
            case ManualTriggerStatus.Done when result.Actions.Sent > 0:
                return model with { Message = texts.Format(nameof(BotStrings.SummaryPosted), week, CardText.Escape(channel)), Posted = true };
            case ManualTriggerStatus.Done when result.Actions.Failed > 0:
                var record = await actions.GetAsync(team.Id, week, ActionRecord.TeamSubject, ScheduledActionKind.Summary, cancellationToken);
                return model with
                {
                    Message = texts.Format(nameof(BotStrings.SummaryNotPosted), CardText.Escape(record?.Value.Detail ?? string.Empty)),
                    MessageIsError = true,
                };
            case ManualTriggerStatus.Done:
                return model with { Message = texts.Text(nameof(BotStrings.SummaryPostLater)), MessageIsError = true };
            default:
                return model with { Message = texts.Text(nameof(BotStrings.TeamGone)), MessageIsError = true };
        }
    }

    private SummaryPostModel PostModel(TeamSettings team, ForecastWeek week)
    {
        var deadline = ScheduleInstants.For(team, week).Deadline;
        return new SummaryPostModel(team.Id.Value, team.Name, week, deadline)
        {
            ChannelName = team.SummaryChannel?.Display,
            BeforeDeadline = clock.Now < deadline,
        };
    }
}
