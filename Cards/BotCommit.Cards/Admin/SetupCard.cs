using System.Globalization;
using BotCommit.Cards.Elements;
using BotCommit.Cards.Resources;

namespace BotCommit.Cards.Admin;

/// <summary>
/// Four steps after install, each a button or a one-field form (Action.Execute, verbs in <see cref="AdminVerbs"/>):
/// use this channel for summaries, import the roster (and "make me a rep too" for an admin who sells: import skips
/// admins), the time zone, this month's and quarter's targets.
/// </summary>
public static class SetupCard
{
    public static AdaptiveCard Build(SetupCardModel model, CardLocale locale)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(locale);
        var team = CardText.Escape(model.TeamName);
        var title = locale.Format(nameof(CardStrings.AdminSetupTitle), team);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = "Large", Weight = "Bolder" },
            new TextBlock(locale.Text(nameof(CardStrings.AdminSetupIntro))) { Spacing = "Small" },
        };
        if (model.Language is { } language)
        {
            body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminSetupLanguage), language)) { IsSubtle = true, Spacing = "Small" });
        }

        if (model.Message is { } message)
        {
            body.Add(new TextBlock(message) { Id = "setup-message", Color = model.MessageIsError ? "Attention" : "Good", Weight = "Bolder" });
        }

        body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminSetupChannelStep))) { Separator = true });
        body.Add(new TextBlock(locale.Format(
            nameof(CardStrings.AdminSetupCurrent),
            model.ChannelName is { } channel ? CardText.Escape(channel) : locale.Text(nameof(CardStrings.AdminSetupChannelNone))))
        {
            IsSubtle = true,
            Spacing = "None",
        });
        body.Add(Button(locale, nameof(CardStrings.AdminSetupChannelButton), AdminVerbs.SetupChannel, model.TeamId, "none"));

        body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminSetupRosterStep))) { Separator = true });
        body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminSetupRosterCurrent), model.RepCount)) { IsSubtle = true, Spacing = "None" });
        body.Add(new ActionSet(
        [
            new ExecuteAction(locale.Text(nameof(CardStrings.AdminSetupRosterButton)), AdminVerbs.SetupRoster, AdminVerbs.Data(model.TeamId)) { AssociatedInputs = "none" },
            new ExecuteAction(locale.Text(nameof(CardStrings.AdminSetupRepMeButton)), AdminVerbs.SetupRepMe, AdminVerbs.Data(model.TeamId)) { AssociatedInputs = "none" },
        ]));

        body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminSetupTimeZoneStep))) { Separator = true });
        body.Add(new TextInput(AdminVerbs.TimeZoneInput)
        {
            Label = locale.Text(nameof(CardStrings.AdminSetupTimeZoneLabel)),
            Value = model.TimeZoneInput ?? model.TimeZoneId,
            Placeholder = "Europe/Berlin",
            MaxLength = 64,
        });
        body.Add(Button(locale, nameof(CardStrings.AdminSetupTimeZoneButton), AdminVerbs.SetupTimeZone, model.TeamId, "auto"));

        body.Add(new TextBlock(locale.Format(nameof(CardStrings.AdminSetupTargetsStep), model.Currency)) { Separator = true });
        body.Add(new TextInput(AdminVerbs.MonthTargetInput)
        {
            Label = locale.Format(nameof(CardStrings.AdminSetupMonthTargetLabel), AdminText.Month(locale, model.Month)),
            Value = model.MonthTargetInput ?? Plain(model.MonthTarget),
            Placeholder = locale.Text(nameof(CardStrings.AdminSetupTargetPlaceholder)),
            MaxLength = 32,
        });
        body.Add(new TextInput(AdminVerbs.QuarterTargetInput)
        {
            Label = locale.Format(nameof(CardStrings.AdminSetupQuarterTargetLabel), AdminText.Quarter(locale, model.Quarter)),
            Value = model.QuarterTargetInput ?? Plain(model.QuarterTarget),
            Placeholder = locale.Text(nameof(CardStrings.AdminSetupTargetPlaceholder)),
            MaxLength = 32,
        });
        body.Add(Button(locale, nameof(CardStrings.AdminSetupTargetsButton), AdminVerbs.SetupTargets, model.TeamId, "auto"));
        body.Add(new TextBlock(locale.Text(nameof(CardStrings.AdminSetupFooter))) { IsSubtle = true, Separator = true });

        return new AdaptiveCard(body) { FallbackText = locale.Format(nameof(CardStrings.AdminSetupFallback), team) };
    }

    // Inputs hold invariant numbers (what the bot parses back), never the culture's grouping.
    private static string? Plain(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);

    private static ActionSet Button(CardLocale locale, string title, string verb, string teamId, string associatedInputs) =>
        new([new ExecuteAction(locale.Text(title), verb, AdminVerbs.Data(teamId)) { AssociatedInputs = associatedInputs }]);
}
