using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;

namespace BotCommit.Bot.Admin;

/// <summary>
/// <c>import roster</c>: every member of the team (<c>pagedmembers</c> of the team id, followed until there is no
/// continuation token) becomes a rep. New members are added; existing reps keep everything (targets, manager, away, an
/// admin's "remove rep") and only get their display name refreshed. The team's admins are not added as reps (sales ops
/// do not sell; <c>add rep</c> adds one who does); anonymous members and members without an Entra id are skipped. Each
/// rep added or renamed carries its own audit entry in its roster row (the editor's outbox: saved with the change), and
/// one more entry, appended after, sums the import up (the counts).
/// </summary>
internal sealed class RosterImport(IRosterStore roster, SettingsEditor editor, AdminPolicy policy, ILogger<RosterImport> logger)
{
    public async Task<RosterImportResult> ImportAsync(ITurnContext turnContext, TeamSettings team, RepId actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(team);
        if (!Uri.TryCreate(turnContext.Activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            throw new InvalidOperationException("The activity has no serviceUrl to read the team's members from.");
        }

        var members = await turnContext.Connector.GetAllMembersAsync(serviceUrl, team.Id.Value, cancellationToken);
        var existing = (await roster.ListAsync(team.Id, cancellationToken)).ToDictionary(r => r.Id.Value, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int added = 0, updated = 0, unchanged = 0;
        var skippedAdmins = new List<string>();
        var addedNames = new List<string>();
        foreach (var member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member.AadObjectId is not { Length: > 0 and <= RepId.MaxLength } objectId
                || string.Equals(member.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase)
                || !seen.Add(objectId))
            {
                continue;
            }

            var name = Trim(member.Name);
            if (!existing.TryGetValue(objectId, out var rep))
            {
                if (policy.IsAdmin(team, objectId))
                {
                    skippedAdmins.Add(name.Length > 0 ? name : objectId);
                    continue;
                }

                if (await AddAsync(new Rep(team.Id, RepId.From(objectId), name), actor, cancellationToken))
                {
                    added++;
                    addedNames.Add(name.Length > 0 ? name : objectId);
                }

                continue;
            }

            if (name.Length > 0 && !string.Equals(name, rep.DisplayName, StringComparison.Ordinal)
                && await RenameAsync(team.Id, rep.Id, name, actor, cancellationToken))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        var gone = existing.Values
            .Where(r => r.Active && !r.IsManager && !seen.Contains(r.Id.Value))
            .Select(r => r.DisplayName.Length > 0 ? r.DisplayName : r.Id.Value)
            .ToList();
        var result = new RosterImportResult(added, updated, unchanged, skippedAdmins, gone) { AddedNames = addedNames };
        await editor.AuditAsync(team.Id, actor, [new SettingChange(SettingKeys.RosterImport, null, result.Summary)], cancellationToken);
        AdminLog.RosterImported(logger, team.Id.Value, added, updated, members.Count);
        return result;
    }

    private static string Trim(string? name)
    {
        var text = name?.Trim() ?? string.Empty;
        return text.Length > Rep.MaxDisplayNameLength ? text[..Rep.MaxDisplayNameLength] : text;
    }

    private async Task<bool> AddAsync(Rep rep, RepId actor, CancellationToken cancellationToken)
    {
        // Added meanwhile (another import, or "add rep"): theirs stays.
        var result = await editor.UpdateRepAsync(rep.Team, rep.Id, actor, stored => stored is null
            ? Edit<Rep>.To(rep, new SettingChange(SettingKeys.With(SettingKeys.Rep, rep.Id.Value), null, "active"))
            : Edit<Rep>.Unchanged(stored), cancellationToken);
        return result.Status == EditStatus.Saved;
    }

    private async Task<bool> RenameAsync(TeamId team, RepId rep, string name, RepId actor, CancellationToken cancellationToken)
    {
        // Changed meanwhile (e.g. an admin set a target): the editor re-reads and renames on top of it.
        var result = await editor.UpdateRepAsync(team, rep, actor, stored => stored is null
            ? Edit<Rep>.Refuse("gone")
            : string.Equals(stored.DisplayName, name, StringComparison.Ordinal)
                ? Edit<Rep>.Unchanged(stored)
                : Edit<Rep>.To(stored with { DisplayName = name }, new SettingChange(SettingKeys.With(SettingKeys.RepName, rep.Value), stored.DisplayName, name)),
            cancellationToken);
        return result.Status == EditStatus.Saved;
    }
}
