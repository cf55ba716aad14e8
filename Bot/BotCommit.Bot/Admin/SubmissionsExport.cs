using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>
/// <c>export &lt;week&gt;</c>: the snapshots of record of W-1 and W as the summary of W resolved them (carried ones marked)
/// and the revisions after them, as the exchange CSV (domain.md, "Exchange formats"), with the names from the roster,
/// ordered by week then rep name. Teams bots cannot attach files without a file-consent flow (the manifest
/// declares <c>supportsFiles: false</c>), so the CSV is sent as plain-text messages of at most
/// <see cref="MaxPartLength"/> characters, cut at line ends, to be copied into a <c>.csv</c> file.
/// </summary>
internal sealed class SubmissionsExport(ISubmissionStore submissions, IRosterStore roster, ComposeWeeklySummary compose)
{
    /// <summary>Characters per message: 2 bytes each in Teams' count, well under its ~80 KB per message.</summary>
    public const int MaxPartLength = 30_000;

    /// <summary>Beyond this many messages the export is refused (a team that large needs the storage export instead).</summary>
    public const int MaxParts = 10;

    public async Task<(int Reps, int Rows, IReadOnlyList<string> Parts)> ExportAsync(TeamSettings team, ForecastWeek week, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var names = (await roster.ListAsync(team.Id, cancellationToken))
            .Where(r => r.DisplayName.Length > 0)
            .ToDictionary(r => r.Id, r => r.DisplayName);
        // Both weeks the summary of W counts (W-1 for "last week"), as it resolved them: the snapshots of record, carried
        // snapshots marked carried; then the revisions recorded after each record. Fed to the offline summary with the
        // settings, this reproduces the summary of W (Bot/BotCommit.Exchange/README.md, "What an export holds").
        var composition = await compose.ComposeAsync(team, week, late: false, cancellationToken);
        var ordered = composition.PreviousSnapshots.Values.Concat(composition.Snapshots.Values)
            .OrderBy(s => s.Week)
            .ThenBy(s => names.GetValueOrDefault(s.Rep, s.RepName), StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Rep.Value, StringComparer.Ordinal)
            .ToList();
        var revisions = (await submissions.ListRevisionsAsync(team.Id, week.Previous, cancellationToken))
            .Concat(await submissions.ListRevisionsAsync(team.Id, week, cancellationToken))
            .ToList();
        var csv = SubmissionsCsv.ToText(ordered, revisions, names);
        return (ordered.Count(s => s.Week == week), ordered.Where(s => s.Week == week).Sum(s => s.Deals.Count), Split(csv));
    }

    /// <summary>Cuts the text after a line end so that no part exceeds <see cref="MaxPartLength"/> (a longer line stands alone).</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            if (text.Length - start <= MaxPartLength)
            {
                parts.Add(text[start..]);
                break;
            }

            var cut = text.LastIndexOf('\n', start + MaxPartLength - 1, MaxPartLength);
            var end = cut < start ? Math.Min(text.Length, start + MaxPartLength) : cut + 1;
            parts.Add(text[start..end]);
            start = end;
        }

        return parts;
    }
}
