using System.Globalization;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The rep's own text commands: <c>commit</c> (send me my card now), <c>away until 2026-12-14</c> (any date form of
/// <see cref="DateParser"/>: <c>14 Dec</c>, <c>请假到12月14日</c>) and <c>skip week &lt;reason&gt;</c>. The rep is the
/// authenticated sender; their check-in is prepared once per command.
/// </summary>
internal sealed class CheckInCommands(PrepareCheckIn prepare, RecordAbsence absence)
{
    public async Task SendMyCardAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await CheckInOrExplainAsync(turnContext, cancellationToken) is not { } view)
        {
            return;
        }

        var card = CheckInCards.Card(await prepare.WithStalledAsync(view, cancellationToken), CardLocale.ForReader(turnContext.Activity.Locale, view.Team));
        await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
    }

    /// <param name="turnContext">The turn.</param>
    /// <param name="arguments">What follows "away": "until 2026-12-14" or just the date.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task AwayAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(arguments);
        var texts = UserTexts.For(turnContext.Activity);
        var text = arguments.Trim();
        if (text.StartsWith("until", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..].Trim();
        }

        if (text.Length == 0)
        {
            await ReplyAsync(turnContext, texts.Text(nameof(BotStrings.AwayUsage)), cancellationToken);
            return;
        }

        if (await CheckInOrExplainAsync(turnContext, cancellationToken) is not { } view)
        {
            return;
        }

        texts = UserTexts.For(turnContext.Activity.Locale, view.Team);
        var culture = texts.FormatCulture;
        var window = AwayWindow.For(view.Week);
        var reading = DateParser.Read(text, culture, window.First);
        if (!reading.IsRead)
        {
            var problem = InputErrorText.For(texts, reading.Error, text) ?? texts.Format(nameof(BotStrings.AwayDateNotValid), CardText.Escape(Display.Shorten(text)));
            await ReplyAsync(turnContext, problem, cancellationToken);
            return;
        }

        var until = reading.Value;
        if (!window.Contains(until))
        {
            await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.AwayDateNotInWindow), window.First, window.Last), cancellationToken);
            return;
        }

        await absence.AwayAsync(view, until, cancellationToken);
        await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.AwayConfirmed), until), cancellationToken);
    }

    /// <param name="turnContext">The turn.</param>
    /// <param name="reason">What follows "skip week" (or "skip").</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task SkipAsync(ITurnContext turnContext, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reason);
        var texts = UserTexts.For(turnContext.Activity);
        var text = reason.Trim().TrimStart(':', '：').Trim();
        if (text.Length == 0)
        {
            await ReplyAsync(turnContext, texts.Text(nameof(BotStrings.SkipUsage)), cancellationToken);
            return;
        }

        if (text.Length > Submission.MaxSkipReasonLength)
        {
            await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.SkipReasonTooLong), Submission.MaxSkipReasonLength), cancellationToken);
            return;
        }

        if (await CheckInOrExplainAsync(turnContext, cancellationToken) is not { } view)
        {
            return;
        }

        await absence.SkipAsync(view, text, cancellationToken);
        texts = UserTexts.For(turnContext.Activity.Locale, view.Team);
        await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.SkipConfirmed), view.Week, CardText.Escape(text)), cancellationToken);
    }

    /// <summary>The sender's check-in, or null after telling them they are on no roster.</summary>
    public async Task<CheckInView?> CheckInOrExplainAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var sender = turnContext.Activity.From?.AadObjectId;
        var view = !string.IsNullOrWhiteSpace(sender) && sender.Length <= RepId.MaxLength
            ? await prepare.ForSenderAsync(RepId.From(sender), RepClients.Of(turnContext.Activity), cancellationToken)
            : null;
        if (view is null)
        {
            await ReplyAsync(turnContext, UserTexts.For(turnContext.Activity).Text(nameof(BotStrings.CheckInNotOnRoster)), cancellationToken);
        }

        return view;
    }

    private static Task<ResourceResponse> ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
