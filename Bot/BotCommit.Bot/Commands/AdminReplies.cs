using BotCommit.Forecasting.Admin;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;

namespace BotCommit.Bot.Commands;

/// <summary>The answers every admin change shares: the confirmation card, "nothing changed", a refusal, a lost race.</summary>
internal static class AdminReplies
{
    /// <param name="context">The command.</param>
    /// <param name="result">How the update ended.</param>
    /// <param name="what">What changed, in the reader's words ("Deadline changed").</param>
    /// <param name="before">The value before, for people (null = not set).</param>
    /// <param name="now">The value now, for people.</param>
    /// <param name="notes">Consequences worth knowing.</param>
    public static CommandReply Changed<T>(AdminCommandContext context, EditResult<T> result, string what, string? before, string? now, params string[] notes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            EditStatus.Saved => Confirm(context, what, before, now, notes, null, result.Value as Forecasting.Teams.TeamSettings),
            EditStatus.Unchanged => Confirm(context, what, before, now, [context.Texts.Text(nameof(BotStrings.NothingChanged)), .. notes]),
            EditStatus.Refused => CommandReply.Text(result.Refusal!),
            EditStatus.Conflict => context.Say(nameof(BotStrings.SettingsConflict)),
            _ => context.Say(nameof(BotStrings.TeamGone)),
        };
    }

    /// <param name="context">The command.</param>
    /// <param name="what">What was done, in the reader's words.</param>
    /// <param name="before">The value before, for people.</param>
    /// <param name="now">The value now, for people.</param>
    /// <param name="notes">Consequences worth knowing.</param>
    /// <param name="facts">Extra lines (counts, who).</param>
    /// <param name="saved">The team's settings as saved, when this command changed them (the language line shows the new language).</param>
    public static CommandReply Confirm(
        AdminCommandContext context, string what, string? before, string? now, IReadOnlyList<string> notes, IReadOnlyList<Fact>? facts = null, Forecasting.Teams.TeamSettings? saved = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = saved ?? context.Team;
        var model = new ConfirmationCardModel(what, context.Team.Name)
        {
            Before = before,
            Now = now,
            Notes = notes,
            Facts = facts ?? [],
            Language = Cards.CardLocale.LanguageName(team.Culture),
            TimeZone = team.TimeZoneId,
        };
        return CommandReply.Card(ConfirmationCard.Build(model, context.Locale));
    }
}
