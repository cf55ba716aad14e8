using System.Globalization;
using BotCommit.Bot.Summary;
using BotCommit.Exchange.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Bot.Regions;

/// <summary>
/// A region's posted summary kept with its inputs (the domain's <see cref="IRegionSummaryRecords"/>): the region export
/// JSON (<see cref="RegionExportJson"/>) and the region summary JSON (<see cref="RegionSummaryJson"/>) as they were when
/// the summary was about to be posted (last post wins), in the Documents table under scope
/// <c>region-summary-of-record|{node}</c>, parts as <see cref="KeptDocument"/> writes them, the head row last.
/// <c>export region</c> sends these, so the export reproduces the posted summary offline even after a later change of
/// the tree, a team's settings or roster.
/// </summary>
internal sealed class RegionSummaryOfRecord(AzureTablesStorage storage) : IRegionSummaryRecords
{
    private const string ScopePrefix = "region-summary-of-record|";

    public async Task KeepAsync(RegionExportContent inputs, RegionSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(summary);
        var scope = Scope(inputs.Region);
        var week = inputs.Week.ToString();
        var export = await KeptDocument.WriteAsync(storage.Documents, scope, week + "|export", RegionExportJson.Write(inputs), cancellationToken);
        var posted = await KeptDocument.WriteAsync(storage.Documents, scope, week + "|summary", RegionSummaryJson.Write(summary), cancellationToken);
        await storage.Documents.UpsertAsync(scope, week, string.Create(CultureInfo.InvariantCulture, $"{export} {posted}"), cancellationToken);
    }

    /// <summary>The export JSON and summary JSON kept for <paramref name="week"/>, or null when none was kept.</summary>
    public async Task<(string ExportJson, string SummaryJson)?> GetAsync(NodeId region, ForecastWeek week, CancellationToken cancellationToken)
    {
        var scope = Scope(region);
        if (await storage.Documents.GetAsync(scope, week.ToString(), cancellationToken) is not { } head)
        {
            return null;
        }

        var counts = head.Json.Split(' ');
        var export = await KeptDocument.ReadAsync(storage.Documents, scope, week + "|export", int.Parse(counts[0], CultureInfo.InvariantCulture), cancellationToken);
        var summary = await KeptDocument.ReadAsync(storage.Documents, scope, week + "|summary", int.Parse(counts[1], CultureInfo.InvariantCulture), cancellationToken);
        return export is null || summary is null ? null : (export, summary);
    }

    private static string Scope(NodeId region) => ScopePrefix + region.Value;
}
