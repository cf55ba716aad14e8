using System.Globalization;
using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Bot.Summary;

/// <summary>
/// What a posted summary used, frozen with it (issue #14 "settings as they were for W"): each time the root of W's summary
/// is posted or refreshed, the team settings JSON (zone, fiscal start, deadline, targets, every roster member with their
/// state, away period and leaving week) and the summary JSON are kept, as the exchange writes them. <c>export</c> sends
/// these, so an export taken after a later change of targets, roster, away dates or zone still reproduces the posted
/// summary offline. Kept in the Documents table under scope <c>summary-of-record|team</c>, cut into parts of at most
/// <see cref="Storage.AzureTables.Documents.DocumentTable.MaxJsonLength"/> characters (one table property each), the
/// head row (the part counts) written last so a reader never sees half a record.
/// </summary>
internal sealed class SummaryOfRecord(AzureTablesStorage storage)
{
    private const string ScopePrefix = "summary-of-record|";

    /// <summary>Keeps the settings and the summary JSON of <paramref name="composition"/> as W's record (last post wins).</summary>
    public async Task KeepAsync(WeeklySummaryComposition composition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var scope = Scope(composition.Team.Id);
        var week = composition.Summary.Week.ToString();
        var settings = await KeptDocument.WriteAsync(storage.Documents, scope, week + "|settings", TeamSettingsJson.Write(composition.Team, composition.Roster), cancellationToken);
        var summary = await KeptDocument.WriteAsync(storage.Documents, scope, week + "|summary", SummaryJson.Write(composition.Summary), cancellationToken);
        await storage.Documents.UpsertAsync(scope, week, string.Create(CultureInfo.InvariantCulture, $"{settings} {summary}"), cancellationToken);
    }

    /// <summary>The settings and summary JSON kept for <paramref name="week"/>, or null when its summary was never posted.</summary>
    public async Task<(string SettingsJson, string SummaryJson)?> GetAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var scope = Scope(team);
        if (await storage.Documents.GetAsync(scope, week.ToString(), cancellationToken) is not { } head)
        {
            return null;
        }

        var counts = head.Json.Split(' ');
        var settings = await KeptDocument.ReadAsync(storage.Documents, scope, week + "|settings", int.Parse(counts[0], CultureInfo.InvariantCulture), cancellationToken);
        var summary = await KeptDocument.ReadAsync(storage.Documents, scope, week + "|summary", int.Parse(counts[1], CultureInfo.InvariantCulture), cancellationToken);
        return settings is null || summary is null ? null : (settings, summary);
    }

    private static string Scope(TeamId team) => ScopePrefix + team.Value;
}
