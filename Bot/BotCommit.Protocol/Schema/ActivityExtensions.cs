using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BotCommit.Protocol.Schema;

/// <summary>Teams-aware helpers on <see cref="Activity"/> (the SDK's <c>ActivityExtensions</c> / <c>TeamsActivityExtensions</c>).</summary>
public static partial class ActivityExtensions
{
    /// <summary>
    /// The reference needed to reach the sender's conversation later: serviceUrl, tenant, conversation (for a channel
    /// thread the channel itself), bot, user, locale, time zone and, in a team, the team and channel ids. The result is
    /// NOT marked verified; the endpoint marks it when the activity was authenticated.
    /// </summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return new ConversationReference
        {
            ActivityId = activity.Id,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            TenantId = activity.GetTenantId(),
            Conversation = conversation is null
                ? null
                : new ConversationAccount
                {
                    Id = conversation.Id,
                    ConversationType = conversation.ConversationType,
                    TenantId = conversation.TenantId,
                    IsGroup = conversation.IsGroup ?? false,
                    Name = conversation.Name,
                },
            Bot = Copy(activity.Recipient),
            User = Copy(activity.From),
            Locale = activity.Locale,
            TimeZone = activity.LocalTimezone,
            TeamId = activity.GetTeamsTeamId(),
            TeamAadGroupId = activity.ChannelData?.Team?.AadGroupId,
            ChannelIdInTeam = activity.GetTeamsChannelId(),
            State = ConversationReferenceStates.Active,
        };
    }

    /// <summary>
    /// The client's IANA time zone: the <c>clientInfo</c> entity's <c>timezone</c>, else <see cref="Activity.LocalTimezone"/>;
    /// null when neither is a non-empty string. Unchecked: callers validate it.
    /// </summary>
    public static string? GetClientTimeZone(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ClientInfoText(activity, "timezone") ?? (string.IsNullOrWhiteSpace(activity.LocalTimezone) ? null : activity.LocalTimezone);
    }

    /// <summary>
    /// The client's BCP-47 locale: <see cref="Activity.Locale"/>, else the <c>clientInfo</c> entity's <c>locale</c>; null when
    /// neither is a non-empty string. Unchecked: callers validate it.
    /// </summary>
    public static string? GetClientLocale(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.Locale) ? ClientInfoText(activity, "locale") : activity.Locale;
    }

    private static string? ClientInfoText(Activity activity, string field)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.ExtensionData is { } data
                && data.TryGetValue(field, out var value)
                && value.ValueKind == System.Text.Json.JsonValueKind.String
                && value.GetString() is { Length: > 0 } text
                && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The Entra tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromConversation = activity.Conversation?.TenantId;
        return string.IsNullOrEmpty(fromConversation) ? activity.ChannelData?.Tenant?.Id : fromConversation;
    }

    /// <summary><c>channelData.team.id</c>, or null outside a team.</summary>
    public static string? GetTeamsTeamId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData?.Team?.Id;
    }

    /// <summary>
    /// <c>channelData.channel.id</c>; in a channel conversation without it, the conversation id without its
    /// <c>;messageid=…</c> suffix. Null outside channels.
    /// </summary>
    public static string? GetTeamsChannelId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelId = activity.ChannelData?.Channel?.Id;
        if (!string.IsNullOrEmpty(channelId))
        {
            return channelId;
        }

        var conversation = activity.Conversation;
        if (conversation?.Id is null
            || !string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var separator = conversation.Id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversation.Id : conversation.Id[..separator];
    }

    /// <summary>
    /// Removes the bot's own @mention from <see cref="Activity.Text"/> (protocol doc 2.3), decodes HTML entities and
    /// normalises whitespace; other users' mentions stay. Sets <see cref="Activity.Text"/> to the result and returns it,
    /// as the SDK's <c>RemoveRecipientMention</c> does. Identities must come from the mention entities, never the text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is null)
        {
            return null;
        }

        var text = activity.Text;
        var recipient = activity.Recipient;
        if (recipient?.Id is not null && activity.Entities is not null)
        {
            foreach (var entity in activity.Entities)
            {
                if (!string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                    || !string.Equals(entity.Mentioned?.Id, recipient.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                var markup = string.IsNullOrEmpty(entity.Text) ? $"<at>{recipient.Name}</at>" : entity.Text;
                if (!string.IsNullOrEmpty(markup))
                {
                    text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        if (!string.IsNullOrEmpty(recipient?.Name))
        {
            var name = recipient.Name.Trim();
            text = MentionSpan().Replace(text, match => IsRecipientName(match.Groups["inner"].Value, name)
                ? string.Empty
                : match.Value);
        }

        activity.Text = Normalise(text);
        return activity.Text;
    }

    private static bool IsRecipientName(string inner, string recipientName)
    {
        var decoded = WebUtility.HtmlDecode(inner).Replace('\u00A0', ' ').Trim();
        if (decoded.StartsWith('@'))
        {
            decoded = decoded[1..].TrimStart();
        }

        return string.Equals(decoded, recipientName, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalise(string text)
    {
        var decoded = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        var builder = new StringBuilder(decoded.Length);
        var pendingSpace = false;
        foreach (var character in decoded)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    private static ChannelAccount? Copy(ChannelAccount? account) => account is null
        ? null
        : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };

    // Mention markup never nests and its name is XML-escaped, so the name holds no '<'. Matching "[^<]*" instead of ".*?"
    // keeps this linear (240 KB of "<at>" without "</at>" took a second, then a RegexMatchTimeoutException) and lets a
    // stray "<at>" no longer swallow the bot's own mention that follows it.
    [GeneratedRegex("<at>(?<inner>[^<]*)</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MentionSpan();
}
