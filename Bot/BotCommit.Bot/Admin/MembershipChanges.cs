using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Schema;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Rights follow membership. A member removed from a team (<c>conversationUpdate</c> with <c>membersRemoved</c>) stops
/// being one of its admins and an active rep there (history kept; audited). The team removing BotCommit closes it
/// (<see cref="TeamSettings.BotRemovedAt"/>: no schedule, no commands; data kept for bootstrap admins); adding it
/// again reopens it. The actor of these audit entries is whoever Teams names as the sender of the event, else the
/// person who left.
/// </summary>
internal sealed class MembershipChanges(SettingsEditor editor, TimeProvider time, ILogger<MembershipChanges> logger)
{
    public async Task BotRemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamOf(activity) is not { } team || ActorOf(activity, null) is not { } actor)
        {
            return;
        }

        var now = time.GetUtcNow();
        var result = await editor.UpdateTeamAsync(team, actor, settings => settings.IsClosed
            ? Edit<TeamSettings>.Unchanged(settings)
            : Edit<TeamSettings>.To(settings with { BotRemovedAt = now }, new SettingChange(SettingKeys.BotRemoved, null, Instant(now))),
            cancellationToken);
        if (result.Status == EditStatus.Saved)
        {
            AdminLog.TeamClosed(logger, team.Value);
        }
    }

    public async Task BotAddedAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamOf(activity) is not { } team || ActorOf(activity, null) is not { } actor)
        {
            return;
        }

        var result = await editor.UpdateTeamAsync(team, actor, settings => settings.BotRemovedAt is { } removed
            ? Edit<TeamSettings>.To(settings with { BotRemovedAt = null }, new SettingChange(SettingKeys.BotRemoved, Instant(removed), null))
            : Edit<TeamSettings>.Unchanged(settings),
            cancellationToken);
        if (result.Status == EditStatus.Saved)
        {
            AdminLog.TeamReopened(logger, team.Value);
        }
    }

    public async Task MembersRemovedAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamOf(activity) is not { } team || activity.MembersRemoved is not { Count: > 0 } removed)
        {
            return;
        }

        foreach (var member in removed)
        {
            if (member.AadObjectId is not { Length: > 0 and <= RepId.MaxLength } objectId
                || string.Equals(member.Id, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var person = RepId.From(objectId);
            var actor = ActorOf(activity, person) ?? person;
            var admin = await editor.UpdateTeamAsync(team, actor, settings =>
            {
                var remaining = settings.Admins.Where(a => !AdminPolicy.SamePerson(a.Value, objectId)).ToList();
                return remaining.Count == settings.Admins.Count
                    ? Edit<TeamSettings>.Unchanged(settings)
                    : Edit<TeamSettings>.To(settings with { Admins = remaining }, new SettingChange(SettingKeys.With(SettingKeys.Admin, objectId), member.Name ?? objectId, null));
            }, cancellationToken);
            var settings = admin.Value;
            var now = time.GetUtcNow();
            var rep = await editor.UpdateRepAsync(team, person, actor, current => current is { Active: true }
                ? Edit<Rep>.To(settings is null ? current with { Active = false } : LeavingWeek.Remove(settings, current, now),
                    new SettingChange(SettingKeys.With(SettingKeys.Rep, objectId), "active", "inactive"))
                : current is null ? Edit<Rep>.Refuse("not on the roster") : Edit<Rep>.Unchanged(current),
                cancellationToken);
            AdminLog.MemberLeft(logger, objectId, team.Value, admin.Status == EditStatus.Saved, rep.Status == EditStatus.Saved);
        }
    }

    private static TeamId? TeamOf(Activity activity) =>
        activity.GetTeamsTeamId() is { Length: > 0 and <= TeamId.MaxLength } id ? TeamId.From(id) : null;

    private static RepId? ActorOf(Activity activity, RepId? otherwise) =>
        activity.From?.AadObjectId is { Length: > 0 and <= RepId.MaxLength } from ? RepId.From(from) : otherwise ?? RepId.From("teams");

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
