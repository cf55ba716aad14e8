using System.Text;
using BotCommit.Bot.Admin;
using BotCommit.Exchange;
using BotCommit.Exchange.Regions;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Regions;

namespace BotCommit.Bot.Regions;

/// <summary>
/// The files of a region's export, made from what was kept with its post (<see cref="RegionSummaryOfRecord"/>): the
/// region summary JSON as posted, the export JSON (the offline summary's input), and — computed from that export by
/// <see cref="OfflineRegionSummary"/>, which gives the posted summary again — the region summary CSV and the workbook.
/// </summary>
internal sealed record RegionExportFiles(NodeId Region, ForecastWeek Week, string ExportJson, string SummaryJson)
{
    public static IReadOnlyList<ExportFileKind> Kinds { get; } =
        [ExportFileKind.RegionWorkbook, ExportFileKind.RegionSummaryJson, ExportFileKind.RegionExportJson, ExportFileKind.RegionSummaryCsv];

    /// <summary>The file of <paramref name="kind"/>: its name, content type and bytes (text as UTF-8; the CSV with a BOM, for Excel).</summary>
    public (string FileName, string ContentType, byte[] Bytes) File(ExportFileKind kind)
    {
        var stem = $"botcommit-region-{Slug(Region.Value)}-{Week}";
        switch (kind)
        {
            case ExportFileKind.RegionSummaryJson:
                return (stem + "-summary.json", "application/json; charset=utf-8", Encoding.UTF8.GetBytes(SummaryJson));
            case ExportFileKind.RegionExportJson:
                return (stem + "-export.json", "application/json; charset=utf-8", Encoding.UTF8.GetBytes(ExportJson));
            case ExportFileKind.RegionSummaryCsv:
                return (stem + "-summary.csv", "text/csv; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(RegionSummaryCsv.Write(Summary()))]);
            case ExportFileKind.RegionWorkbook:
                var content = RegionExportJson.Read(ExportJson).Content ?? throw new InvalidOperationException("The kept region export cannot be read.");
                using (var stream = new MemoryStream())
                {
                    RegionWorkbook.Write(stream, content, Summary());
                    return (stem + ".xlsx", ExportWorkbook.ContentType, stream.ToArray());
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a region export file.");
        }
    }

    private RegionSummary Summary() =>
        OfflineRegionSummary.Compute(ExportJson).Summary ?? throw new InvalidOperationException("The kept region export does not compute.");

    // "region:emea west" → "emea-west": letters and digits of any script kept, everything else one hyphen.
    private static string Slug(string id)
    {
        var name = id.StartsWith("region:", StringComparison.Ordinal) ? id["region:".Length..] : id;
        var slug = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-') is { Length: > 0 } done ? done : "region";
    }
}
