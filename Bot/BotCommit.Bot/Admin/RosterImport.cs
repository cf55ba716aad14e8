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
/// do not sell; <c>add rep</c> adds one who does); anonymous members and members without an Entra id are skipped. One
/// audit entry records the counts.
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

                if (await AddAsync(new Rep(team.Id, RepId.From(objectId), name), cancellationToken))
                {
                    added++;
                    addedNames.Add(name.Length > 0 ? name : objectId);
                }

                continue;
            }

            if (name.Length > 0 && !string.Equals(name, rep.DisplayName, StringComparison.Ordinal)
                && await RenameAsync(team.Id, rep.Id, name, cancellationToken))
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

    private async Task<bool> AddAsync(Rep rep, CancellationToken cancellationToken)
    {
        try
        {
            await roster.SaveAsync(rep, null, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false; // Added meanwhile (another import, or "add rep"): theirs stays.
        }
    }

    private async Task<bool> RenameAsync(TeamId team, RepId rep, string name, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var stored = await roster.GetAsync(team, rep, cancellationToken);
            if (stored is null)
            {
                return false;
            }

            try
            {
                await roster.SaveAsync(stored.Value with { DisplayName = name }, stored.Version, cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // Changed meanwhile (e.g. an admin set a target): re-read and rename on top of it.
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }

        return false;
    }
}
