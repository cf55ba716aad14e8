using BotCommit.Bot.Admin;
using BotCommit.Bot.Resources;
using BotCommit.Cards.Admin;
using BotCommit.Cards.Elements;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Input;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Commands;

/// <summary>
/// Team-wide settings: targets (team or one rep), fiscal year start, currency, and the summary channel. A target's kind
/// is said (<c>month</c> / <c>quarter</c>, <c>月度</c> / <c>季度</c>) or read from its period (<c>2026年12月</c>,
/// <c>第四季度</c>, <c>Q4 2026</c>).
/// </summary>
internal sealed partial class TeamCommands(SettingsEditor editor, PersonResolver people, TeamClock clock, BotCommit.Bot.Summary.SummaryReaders readers)
{

    /// <summary><c>set target month|quarter &lt;period&gt; &lt;amount&gt; [for @rep]</c>; <c>none</c> removes the target.</summary>
    public async Task<CommandReply> SetTargetAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = Words.Without(Words.Of(context.Arguments), "for", "of", "to", "=", "给", "給", "为", "為", "的");
        if (context.Mentions.Count > 1)
        {
            return context.Usage();
        }

        var team = context.Team;
        var reading = TargetInput.Read(words, team.FiscalYearStartMonth, clock.Today(team), context.Locale.FormatCulture);
        if (TargetText.Refusal(context, reading, team.FiscalYearStartMonth) is { } problem)
        {
            return problem;
        }

        var (isMonth, key, amount) = (reading.Kind == TargetKind.Month, reading.Key, reading.Amount);
        var periodText = TargetText.Period(context.Locale, reading);
        if (amount > team.AmountCeiling)
        {
            return context.Say(nameof(BotStrings.AmountTooLarge), team.AmountCeiling);
        }

        var shown = amount is { } value ? AdminText.Money(context.Locale, value, team.Currency) : context.Texts.Text(nameof(BotStrings.ValueNoTarget));
        var settingKey = isMonth ? SettingKeys.MonthTarget : SettingKeys.QuarterTarget;
        if (context.Mentions.Count == 0)
        {
            string? before = null;
            var result = await editor.UpdateTeamAsync(team.Id, context.Actor, current =>
            {
                var targets = isMonth ? current.MonthTargets : current.QuarterTargets;
                var old = targets.TryGetValue(key, out var found) ? found : (decimal?)null;
                before = old is { } o ? AdminText.Money(context.Locale, o, current.Currency) : null;
                if (old == amount)
                {
                    return Edit<TeamSettings>.Unchanged(current);
                }

                var updated = reading.ApplyTo(targets);
                var next = isMonth ? current with { MonthTargets = updated } : current with { QuarterTargets = updated };
                return Edit<TeamSettings>.To(next, new SettingChange(SettingKeys.With(settingKey, key), Invariant(old), Invariant(amount)));
            }, cancellationToken);
            return context.Privately(AdminReplies.Changed(context, result, context.Texts.Format(nameof(BotStrings.ChangedTeamTarget), periodText), before, shown));
        }

        var person = await people.ResolveAsync(context.Turn, team.Id, context.Mentions[0], cancellationToken);
        if (person is null)
        {
            return context.Say(nameof(BotStrings.PersonNotInTeam), CardText.Escape(context.Mentions[0].Name));
        }

        string? repBefore = null;
        var repResult = await editor.UpdateRepAsync(team.Id, person.Id, context.Actor, rep =>
        {
            if (rep is null)
            {
                return Edit<Rep>.Refuse(context.Texts.Format(nameof(BotStrings.PersonNotOnRoster), CardText.Escape(person.Name)));
            }

            var targets = isMonth ? rep.MonthTargets : rep.QuarterTargets;
            var old = targets.TryGetValue(key, out var found) ? found : (decimal?)null;
            repBefore = old is { } o ? AdminText.Money(context.Locale, o, team.Currency) : null;
            if (old == amount)
            {
                return Edit<Rep>.Unchanged(rep);
            }

            var updated = reading.ApplyTo(targets);
            var next = isMonth ? rep with { MonthTargets = updated } : rep with { QuarterTargets = updated };
            return Edit<Rep>.To(next, new SettingChange(SettingKeys.With(settingKey, key, person.Id.Value), Invariant(old), Invariant(amount)));
        }, cancellationToken);
        return context.Privately(AdminReplies.Changed(context, repResult, context.Texts.Format(nameof(BotStrings.ChangedRepTarget), periodText, CardText.Escape(person.Name)), repBefore, shown));
    }

    public async Task<CommandReply> SetFiscalYearStartAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Texts.FormatCulture;
        var words = Words.Without(Words.Of(context.Arguments), "month", "in", "=");
        if (words.Count != 1 || !MonthNameParser.TryParse(words[0], culture, out var month))
        {
            return context.Usage(context.Arguments.Length == 0 ? null : context.Texts.Format(nameof(BotStrings.MonthNotUnderstood), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        string? before = null;
        var hadQuarterTargets = false;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = Display.Month(team.FiscalYearStartMonth, context.Texts);
            hadQuarterTargets = team.QuarterTargets.Count > 0;
            return team.FiscalYearStartMonth == month
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { FiscalYearStartMonth = month }, new SettingChange(SettingKeys.FiscalYearStart,
                    team.FiscalYearStartMonth.ToString(System.Globalization.CultureInfo.InvariantCulture), month.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }, cancellationToken);
        var notes = hadQuarterTargets && result.Status == EditStatus.Saved
            ? new[] { context.Texts.Text(nameof(BotStrings.NoteFiscalYearQuarterTargets)) }
            : [];
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedFiscalYearStart)), before, Display.Month(month, context.Texts), notes);
    }

    public async Task<CommandReply> SetCurrencyAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length == 0)
        {
            return context.Usage();
        }

        if (!CurrencyParser.TryParse(context.Arguments, out var currency))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.CurrencyUnknown), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = team.Currency;
            return team.Currency == currency
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { Currency = currency }, new SettingChange(SettingKeys.Currency, team.Currency, currency));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedCurrency)), before, currency,
            context.Texts.Text(nameof(BotStrings.NoteCurrency)));
    }

    /// <summary>
    /// <c>set language zh-CN</c> (<c>设置语言 简体中文</c>, <c>設定語言 zh-TW</c>): the team's language and culture. The
    /// confirmation is written in the reader's language; its "team language" line already shows the new one.
    /// </summary>
    public async Task<CommandReply> SetLanguageAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length == 0)
        {
            return context.Usage();
        }

        if (!LanguageParser.TryParse(context.Arguments, out var culture))
        {
            return context.Usage(context.Texts.Format(nameof(BotStrings.LanguageUnknown), CardText.Escape(Display.Shorten(context.Arguments))));
        }

        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = team.Culture;
            return string.Equals(team.Culture, culture, StringComparison.Ordinal)
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { Culture = culture }, new SettingChange(SettingKeys.Language, team.Culture, culture));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedLanguage)),
            before is null ? null : Cards.CardLocale.LanguageName(before), Cards.CardLocale.LanguageName(culture),
            context.Texts.Text(nameof(BotStrings.NoteLanguage)));
    }

    /// <summary><c>set amounts 万</c> / <c>set amounts grouped</c> (<c>设置金额显示 万</c>, <c>設定金額顯示 千分位</c>).</summary>
    public async Task<CommandReply> SetAmountStyleAsync(AdminCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        AmountStyle? style = Forecasting.Input.InputText.Normalize(context.Arguments).Trim().ToLowerInvariant() switch
        {
            "万" or "萬" or "万/亿" or "萬/億" or "万亿" or "萬億" or "wan" or "myriads" or "chinese" or "中文" => AmountStyle.Myriads,
            "grouped" or "thousands" or "standard" or "default" or "1,000" or "千分位" or "千位" or "标准" or "標準" or "默认" or "預設" => AmountStyle.Grouped,
            _ => null,
        };
        if (style is not { } chosen)
        {
            return context.Usage();
        }

        string Name(AmountStyle value) => context.Texts.Text(value == AmountStyle.Myriads ? nameof(BotStrings.AmountStyleMyriads) : nameof(BotStrings.AmountStyleGrouped));
        string? before = null;
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
        {
            before = Name(team.AmountStyle);
            return team.AmountStyle == chosen
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(team with { AmountStyle = chosen }, new SettingChange(SettingKeys.AmountStyle, team.AmountStyle.ToString(), chosen.ToString()));
        }, cancellationToken);
        return AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedAmountStyle)), before, Name(chosen),
            context.Texts.Text(nameof(BotStrings.NoteAmountStyle)));
    }

    /// <summary>Run in the channel that should receive the summaries; remembers it for the team.</summary>
    /// <param name="linked">
    /// Typed in a channel of a separate managers' team, naming the sales team (<c>set channel for &lt;team&gt;</c>; the
    /// dispatcher checked that the person is an admin of the sales team and a member of the managers' team).
    /// </param>
    public async Task<CommandReply> SetChannelAsync(AdminCommandContext context, CancellationToken cancellationToken, bool linked = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channelId = context.Activity.GetTeamsChannelId();
        if (channelId is null || (!linked && context.Activity.GetTeamsTeamId() != context.Team.Id.Value))
        {
            return context.Say(nameof(BotStrings.SetChannelInChannel));
        }

        var name = await ChannelNameAsync(context, channelId, cancellationToken);
        var (result, audience) = await SetChannelAsync(context.Turn, context.Team.Id, context.Actor, channelId, name, cancellationToken);

        // Who will read the summary there: told before the first one is posted.
        var readersNote = audience switch
        {
            null => context.Texts.Text(nameof(BotStrings.NoteChannelReadersUnknown)),
            ({ } all, 0) => context.Texts.Format(nameof(BotStrings.NoteChannelNoReps), all),
            ({ } all, { } reps) => context.Texts.Format(nameof(BotStrings.NoteChannelRepsCanRead), all, reps),
        };
        return result.Status switch
        {
            EditStatus.Conflict => context.Say(nameof(BotStrings.SettingsConflict)),
            _ => AdminReplies.Changed(context, result, context.Texts.Text(nameof(BotStrings.ChangedChannel)),
                result.ChangeOf(SettingKeys.SummaryChannel)?.Before is { } old ? CardText.Escape(old) : null,
                CardText.Escape(name),
                readersNote,
                context.Texts.Text(nameof(BotStrings.NoteChannel))),
        };
    }

    /// <summary>
    /// <c>share summary</c> / <c>keep summary private</c>: whether a summary channel reps can read gets everything
    /// (audited as <see cref="SettingKeys.ShareSummary"/>; the rule is <see cref="Forecasting.Summary.SummaryAudience"/>).
    /// </summary>
    public async Task<CommandReply> SetSummarySharedAsync(AdminCommandContext context, bool shared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await editor.UpdateTeamAsync(context.Team.Id, context.Actor, team =>
            team.ShareSummaryWithTeam == shared
                ? Edit<TeamSettings>.Unchanged(team)
                : Edit<TeamSettings>.To(
                    team with { ShareSummaryWithTeam = shared },
                    new SettingChange(SettingKeys.ShareSummary, SettingKeys.Value(team.ShareSummaryWithTeam), SettingKeys.Value(shared))),
            cancellationToken);
        var everything = context.Texts.Text(nameof(BotStrings.ValueSummaryShared));
        var figures = context.Texts.Text(nameof(BotStrings.ValueSummaryPrivate));
        return AdminReplies.Changed(
            context,
            result,
            context.Texts.Text(shared ? nameof(BotStrings.ChangedShareSummary) : nameof(BotStrings.ChangedKeepSummaryPrivate)),
            shared ? figures : everything,
            shared ? everything : figures,
            context.Texts.Text(shared ? nameof(BotStrings.NoteShareSummary) : nameof(BotStrings.NoteKeepSummaryPrivate)));
    }

    /// <summary>
    /// Reads who can read the channel from Teams, then stores it as the summary channel with how many reps can read it
    /// (what <see cref="Forecasting.Summary.SummaryAudience"/> decides on) and audits both (shared with the setup card's
    /// button). The audience is null when Teams could not tell (stored as unknown: the channel gets team figures only).
    /// </summary>
    public async Task<(EditResult<TeamSettings> Result, (int Readers, int Reps)? Audience)> SetChannelAsync(
        ITurnContext turn, TeamId team, RepId actor, string channelId, string name, CancellationToken cancellationToken)
    {
        var audience = await readers.CountAsync(turn, team, channelId, cancellationToken);
        var channel = new SummaryChannel(channelId, name) { RepReaders = audience?.Reps };
        string? before = null;
        var result = await editor.UpdateTeamAsync(team, actor, current =>
        {
            before = current.SummaryChannel?.Display;
            var changes = new List<SettingChange>();
            if (current.SummaryChannel?.ConversationId != channel.ConversationId)
            {
                changes.Add(new SettingChange(SettingKeys.SummaryChannel, before, channel.Display));
            }

            var readersBefore = current.SummaryChannel?.ConversationId == channel.ConversationId ? current.SummaryChannel.RepReaders : null;
            if (changes.Count > 0 || readersBefore != channel.RepReaders)
            {
                changes.Add(new SettingChange(SettingKeys.SummaryChannelRepReaders, Count(readersBefore), Count(channel.RepReaders)));
            }

            return changes.Count == 0
                ? Edit<TeamSettings>.Unchanged(current)
                : Edit<TeamSettings>.To(current with { SummaryChannel = channel }, [.. changes]);
        }, cancellationToken);

        // "Nothing changed" still shows the channel as it is.
        result = result.Status == EditStatus.Unchanged || result.ChangeOf(SettingKeys.SummaryChannel) is null
            ? result with { Changes = [new SettingChange(SettingKeys.SummaryChannel, before, channel.Name), .. result.Changes] }
            : result;
        return (result, audience);
    }

    private static string? Count(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The channel's display name: General for the team's own id, else from the team's channel list.</summary>
    public static async Task<string> ChannelNameAsync(AdminCommandContext context, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var general = context.Texts.Text(nameof(BotStrings.GeneralChannel));
        var team = context.Activity.GetTeamsTeamId() is { Length: > 0 } here ? here : context.Team.Id.Value; // a linked managers' team's own channels
        if (channelId == team)
        {
            return general;
        }

        if (context.Activity.ChannelData?.Channel?.Name is { Length: > 0 } known)
        {
            return known;
        }

        if (!Uri.TryCreate(context.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return channelId;
        }

        try
        {
            var list = await context.Turn.Connector.GetTeamChannelsAsync(serviceUrl, team, cancellationToken);
            var channel = list.Conversations?.FirstOrDefault(c => c.Id == channelId);
            return channel is null ? channelId : channel.Name ?? general;
        }
        catch (Exception exception) when (exception is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
        {
            return channelId; // Cosmetic: the id still works.
        }
    }

    private static string? Invariant(decimal? amount) => amount is { } value ? SettingKeys.Value(value) : null;
}
