using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Submissions;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.CheckIn;

/// <summary>
/// The rep's own text commands: <c>commit</c> (send me my card now), <c>away until 2026-12-14</c> (any date form of
/// <see cref="DateParser"/>: <c>14 Dec</c>, <c>请假到12月14日</c>) and <c>skip week &lt;reason&gt;</c>. The rep is the
/// authenticated sender.
/// </summary>
internal sealed class CheckInCommands(RepContextResolver reps, CheckInCards cards, RepAbsence absence, TimeProvider clock)
{
    public async Task SendMyCardAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var rep = await RepOrExplainAsync(turnContext, cancellationToken);
        if (rep is null)
        {
            return;
        }

        var card = await cards.BuildAsync(rep, CardLocale.For(turnContext.Activity.Locale, rep.Team.Culture), cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Card(card.ToJson(), card.FallbackText), cancellationToken);
    }

    /// <param name="arguments">What follows "away": "until 2026-12-14" or just the date.</param>
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

        var rep = await RepOrExplainAsync(turnContext, cancellationToken);
        if (rep is null)
        {
            return;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), rep.TeamZone).DateTime);
        var culture = CardLocale.For(turnContext.Activity.Locale, rep.Team.Culture).FormatCulture;
        var reading = DateParser.Read(text, culture, today);
        var until = reading.Value;
        if (!reading.IsRead || until < today || until > today.AddDays(RepAbsence.MaxDaysAway))
        {
            var problem = InputErrorText.For(texts, reading.Error, text) ?? texts.Format(nameof(BotStrings.AwayDateNotValid), CardText.Escape(Shorten(text)));
            await ReplyAsync(turnContext, problem, cancellationToken);
            return;
        }

        await absence.AwayAsync(rep, await cards.CurrentDealsAsync(rep, cancellationToken), until, cancellationToken);
        var shown = until.ToString("D", culture);
        await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.AwayConfirmed), shown), cancellationToken);
    }

    /// <param name="reason">What follows "skip week" (or "skip").</param>
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

        var rep = await RepOrExplainAsync(turnContext, cancellationToken);
        if (rep is null)
        {
            return;
        }

        await absence.SkipAsync(rep, await cards.CurrentDealsAsync(rep, cancellationToken), text, cancellationToken);
        await ReplyAsync(turnContext, texts.Format(nameof(BotStrings.SkipConfirmed), rep.Week.ToString(), CardText.Escape(text)), cancellationToken);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static Task<ResourceResponse> ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private async Task<RepContext?> RepOrExplainAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var rep = await reps.ResolveAsync(turnContext.Activity.From?.AadObjectId, cancellationToken);
        if (rep is null)
        {
            await ReplyAsync(turnContext, UserTexts.For(turnContext.Activity).Text(nameof(BotStrings.CheckInNotOnRoster)), cancellationToken);
        }

        return rep;
    }
}
