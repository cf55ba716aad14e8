using System.Text.Json.Nodes;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Resources;
using BotCommit.Bot.Turns;
using BotCommit.Cards;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The admin cards' buttons (<c>admin.*</c>): the setup card's four steps, re-rendered with the result of each, and the
/// summary preview's "post". The team is the activity's team in a channel, else the one named in the card data; the
/// actor is the activity's sender and must be an admin of that team, whatever the card says.
/// </summary>
internal sealed class AdminCardActionHandler(
    ITeamSettingsStore teams,
    AdminPolicy policy,
    PeopleNames names,
    CommandCatalogue commands,
    TeamOnboarding onboarding,
    TeamCommands teamCommands,
    RosterImport import,
    RosterCommands roster,
    TriggerCommands triggers,
    SettingsEditor editor,
    TeamClock clock) : ICardActionHandler
{
    public string VerbPrefix => AdminVerbs.Prefix;

    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Turn.Activity;
        var texts = UserTexts.For(activity);
        var teamId = activity.GetTeamsTeamId() ?? Text(context.Data, AdminVerbs.TeamKey);
        var stored = teamId is { Length: > 0 and <= TeamId.MaxLength } ? await teams.GetAsync(TeamId.From(teamId), cancellationToken) : null;
        if (stored is null)
        {
            return CardActionResult.Message(texts.Text(nameof(BotStrings.TeamGone)));
        }

        var team = stored.Value;
        var actor = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(actor) || actor.Length > RepId.MaxLength || !policy.IsAdmin(team, actor))
        {
            // The admins are named only to people in that team's own channel.
            var adminNames = activity.GetTeamsTeamId() == team.Id.Value ? await names.AdminNamesAsync(team, cancellationToken) : [];
            var who = adminNames.Count > 0 ? string.Join(", ", adminNames.Select(CardText.Escape)) : texts.Text(nameof(BotStrings.YourSalesOpsAdmins));
            return CardActionResult.Message(texts.Format(nameof(BotStrings.NotAnAdmin), CardText.Escape(team.Name), who));
        }

        if (team.IsClosed)
        {
            return CardActionResult.Message(texts.Format(nameof(BotStrings.TeamClosed), CardText.Escape(team.Name)));
        }

        var admin = RepId.From(actor);
        texts = UserTexts.For(activity.Locale, team);
        var locale = CardLocale.ForReader(activity.Locale, team);
        switch (context.Verb)
        {
            case AdminVerbs.PostSummary:
                var posted = await triggers.PostAsync(team, texts, cancellationToken);
                var card = SummaryPostCard.Build(posted, locale);
                return CardActionResult.ReplaceCard(card.ToJson(), card.FallbackText);
            case AdminVerbs.SetupChannel:
                return await SetupAsync(team, locale, await ChannelAsync(context, team, admin, texts, locale, cancellationToken), cancellationToken);
            case AdminVerbs.SetupRoster:
                var imported = await import.ImportAsync(context.Turn, team, admin, cancellationToken);
                return await SetupAsync(team, locale, new SetupOutcome(RosterMessage(imported, texts, locale)), cancellationToken);
            case AdminVerbs.SetupRepMe:
                return await SetupAsync(team, locale, await RepMeAsync(context, team, admin, texts, cancellationToken), cancellationToken);
            case AdminVerbs.SetupTimeZone:
                return await SetupAsync(team, locale, await TimeZoneAsync(context, team, admin, texts, cancellationToken), cancellationToken);
            case AdminVerbs.SetupTargets:
                return await SetupAsync(team, locale, await TargetsAsync(context, team, admin, texts, cancellationToken), cancellationToken);
            default:
                return CardActionResult.Message(texts.Text(nameof(BotStrings.CardActionNotSupported)));
        }
    }

    /// <summary>The counts, then who was added and who was skipped (admins), by name.</summary>
    private static string RosterMessage(RosterImportResult imported, UserTexts texts, CardLocale locale)
    {
        var parts = new List<string> { texts.Format(nameof(BotStrings.SetupRosterImported), imported.Added, imported.Updated, imported.Unchanged) };
        if (imported.AddedNames.Count > 0)
        {
            parts.Add(texts.Format(nameof(BotStrings.ImportAddedNames), AdminText.Names(locale, imported.AddedNames)));
        }

        if (imported.SkippedAdmins.Count > 0)
        {
            parts.Add(texts.Format(nameof(BotStrings.ImportSkippedAdmins), AdminText.Names(locale, imported.SkippedAdmins)));
        }

        return string.Join(' ', parts);
    }

    private async Task<SetupOutcome> RepMeAsync(CardActionContext context, TeamSettings team, RepId admin, UserTexts texts, CancellationToken cancellationToken)
    {
        var name = context.Turn.Activity.From?.Name?.Trim() is { Length: > 0 } given ? given : admin.Value;
        var result = await roster.AddAsRepAsync(team.Id, new Person(admin, name), admin, cancellationToken);
        return result.Status switch
        {
            EditStatus.Saved => new SetupOutcome(texts.Format(nameof(BotStrings.SetupRepMeSaved), CardText.Escape(name))),
            EditStatus.Unchanged => new SetupOutcome(texts.Format(nameof(BotStrings.SetupRepMeAlready), CardText.Escape(name))),
            EditStatus.Refused => SetupOutcome.Error(result.Refusal ?? texts.Text(nameof(BotStrings.SettingsConflict))),
            _ => SetupOutcome.Error(texts.Text(nameof(BotStrings.SettingsConflict))),
        };
    }

    private static string? Text(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : null;

    private async Task<CardActionResult> SetupAsync(TeamSettings team, CardLocale locale, SetupOutcome outcome, CancellationToken cancellationToken)
    {
        var current = (await teams.GetAsync(team.Id, cancellationToken))?.Value ?? team;
        var model = await onboarding.SetupModelAsync(current, cancellationToken) with
        {
            Message = outcome.Message,
            MessageIsError = outcome.IsError,
            TimeZoneInput = outcome.TimeZoneInput,
            MonthTargetInput = outcome.MonthTargetInput,
            QuarterTargetInput = outcome.QuarterTargetInput,
        };
        var card = SetupCard.Build(model, locale);
        return CardActionResult.ReplaceCard(card.ToJson(), card.FallbackText);
    }

    private async Task<SetupOutcome> ChannelAsync(CardActionContext context, TeamSettings team, RepId admin, UserTexts texts, CardLocale locale, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        var channelId = activity.GetTeamsChannelId();
        if (channelId is null || activity.GetTeamsTeamId() != team.Id.Value)
        {
            return SetupOutcome.Error(texts.Text(nameof(BotStrings.SetChannelInChannel)));
        }

        var commandContext = new AdminCommandContext(context.Turn, commands.Get(CommandKind.SetChannel), team, admin, string.Empty, [], texts, locale);
        var name = await TeamCommands.ChannelNameAsync(commandContext, channelId, cancellationToken);
        var (result, _) = await teamCommands.SetChannelAsync(context.Turn, team.Id, admin, channelId, name, cancellationToken);
        return result.Status == EditStatus.Conflict
            ? SetupOutcome.Error(texts.Text(nameof(BotStrings.SettingsConflict)))
            : new SetupOutcome(texts.Format(nameof(BotStrings.SetupChannelSaved), CardText.Escape(name)));
    }

    private async Task<SetupOutcome> TimeZoneAsync(CardActionContext context, TeamSettings team, RepId admin, UserTexts texts, CancellationToken cancellationToken)
    {
        var typed = Text(context.Data, AdminVerbs.TimeZoneInput) ?? string.Empty;
        if (!TimeZoneParser.TryParse(typed, out var zone))
        {
            return SetupOutcome.Error(texts.Format(nameof(BotStrings.SetupTimeZoneInvalid), CardText.Escape(Display.Shorten(typed)))) with { TimeZoneInput = typed };
        }

        var result = await editor.UpdateTeamAsync(team.Id, admin, current =>
            current.TimeZoneId == zone
                ? Edit<TeamSettings>.Unchanged(current)
                : Edit<TeamSettings>.To(current with { TimeZoneId = zone }, new SettingChange(SettingKeys.TimeZone, current.TimeZoneId, zone)),
            cancellationToken);
        return result.Status is EditStatus.Saved or EditStatus.Unchanged
            ? new SetupOutcome(texts.Format(nameof(BotStrings.SetupTimeZoneSaved), CardText.Escape(zone)))
            : SetupOutcome.Error(texts.Text(nameof(BotStrings.SettingsConflict))) with { TimeZoneInput = typed };
    }

    /// <summary>This month's and this quarter's team targets; an empty box leaves that target as it is.</summary>
    private async Task<SetupOutcome> TargetsAsync(CardActionContext context, TeamSettings team, RepId admin, UserTexts texts, CancellationToken cancellationToken)
    {
        var monthText = Text(context.Data, AdminVerbs.MonthTargetInput) ?? string.Empty;
        var quarterText = Text(context.Data, AdminVerbs.QuarterTargetInput) ?? string.Empty;
        decimal? month = null;
        decimal? quarter = null;
        foreach (var (typed, isMonth) in new[] { (monthText, true), (quarterText, false) })
        {
            if (typed.Length == 0)
            {
                continue;
            }

            var reading = AmountParser.Read(typed, texts.FormatCulture);
            var amount = reading.Value;
            if (!reading.IsRead || amount > team.AmountCeiling)
            {
                var problem = reading.IsRead
                    ? texts.Format(nameof(BotStrings.AmountTooLarge), team.AmountCeiling)
                    : InputErrorText.For(texts, reading.Error, typed) ?? texts.Format(nameof(BotStrings.SetupTargetInvalid), CardText.Escape(Display.Shorten(typed)));
                return SetupOutcome.Error(problem) with { MonthTargetInput = monthText, QuarterTargetInput = quarterText };
            }

            if (isMonth)
            {
                month = amount;
            }
            else
            {
                quarter = amount;
            }
        }

        if (month is null && quarter is null)
        {
            return SetupOutcome.Error(texts.Text(nameof(BotStrings.SetupTargetsEmpty)));
        }

        var today = clock.Today(team);
        var result = await editor.UpdateTeamAsync(team.Id, admin, current =>
        {
            var monthKey = YearMonth.Of(today).ToString();
            var quarterKey = FiscalQuarter.Containing(today, current.FiscalYearStartMonth).Key;
            var changes = new List<SettingChange>();
            var monthTargets = new Dictionary<string, decimal>(current.MonthTargets, StringComparer.Ordinal);
            var quarterTargets = new Dictionary<string, decimal>(current.QuarterTargets, StringComparer.Ordinal);
            Apply(monthTargets, monthKey, month, SettingKeys.MonthTarget, changes);
            Apply(quarterTargets, quarterKey, quarter, SettingKeys.QuarterTarget, changes);
            return changes.Count == 0
                ? Edit<TeamSettings>.Unchanged(current)
                : Edit<TeamSettings>.To(current with { MonthTargets = monthTargets, QuarterTargets = quarterTargets }, [.. changes]);
        }, cancellationToken);
        return result.Status is EditStatus.Saved or EditStatus.Unchanged
            ? new SetupOutcome(texts.Text(nameof(BotStrings.SetupTargetsSaved)))
            : SetupOutcome.Error(texts.Text(nameof(BotStrings.SettingsConflict))) with { MonthTargetInput = monthText, QuarterTargetInput = quarterText };
    }

    private static void Apply(Dictionary<string, decimal> targets, string key, decimal? amount, string setting, List<SettingChange> changes)
    {
        if (amount is not { } value || (targets.TryGetValue(key, out var old) && old == value))
        {
            return;
        }

        changes.Add(new SettingChange(SettingKeys.With(setting, key), targets.TryGetValue(key, out var before) ? SettingKeys.Value(before) : null, SettingKeys.Value(value)));
        targets[key] = value;
    }

    /// <summary>What a setup button did, and the inputs to show again after a refusal.</summary>
    private sealed record SetupOutcome(string Message)
    {
        public bool IsError { get; init; }

        public string? TimeZoneInput { get; init; }

        public string? MonthTargetInput { get; init; }

        public string? QuarterTargetInput { get; init; }

        public static SetupOutcome Error(string message) => new(message) { IsError = true };
    }
}
