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
internal sealed class SubmissionsExport(
    ISubmissionStore submissions, IRosterStore roster, ComposeWeeklySummary compose, BotCommit.Forecasting.UseCases.ComputeWeeklySummary summaries)
{
    /// <summary>Characters per message: 2 bytes each in Teams' count, well under its ~80 KB per message.</summary>
    public const int MaxPartLength = 30_000;

    /// <summary>Beyond this many messages the export is refused (a team that large needs the storage export instead).</summary>
    public const int MaxParts = 10;

    public async Task<(int Reps, int Rows, IReadOnlyList<string> Parts)> ExportAsync(TeamSettings team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var content = await ContentAsync(team, week, withSummary: false, cancellationToken);
        var csv = SubmissionsCsv.ToText(content.Snapshots, content.Revisions, content.Names);
        return (content.Reps, content.Rows, Split(csv));
    }

    /// <summary>
    /// What an export of <paramref name="week"/> holds (Bot/BotCommit.Exchange/README.md, "What an export holds"): both
    /// weeks the summary of W counts as it resolved them, the revisions after each record, and with
    /// <paramref name="withSummary"/> the summary of W and the settings JSON — the files' content, read now.
    /// </summary>
    public async Task<ExportContent> ContentAsync(TeamSettings team, ForecastWeek week, bool withSummary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var reps = await roster.ListAsync(team.Id, cancellationToken);
        var names = reps.Where(r => r.DisplayName.Length > 0).ToDictionary(r => r.Id, r => r.DisplayName);
        var composition = await compose.ComposeAsync(team, week, late: false, cancellationToken);
        var ordered = composition.PreviousSnapshots.Values.Concat(composition.Snapshots.Values)
            .OrderBy(s => s.Week)
            .ThenBy(s => names.GetValueOrDefault(s.Rep, s.RepName), StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Rep.Value, StringComparer.Ordinal)
            .ToList();
        var revisions = (await submissions.ListRevisionsAsync(team.Id, week.Previous, cancellationToken))
            .Concat(await submissions.ListRevisionsAsync(team.Id, week, cancellationToken))
            .ToList();
        var summary = withSummary ? await summaries.ComputeAsync(team.Id, week, cancellationToken) : null;
        return new ExportContent(week, ordered, revisions, names, summary, TeamSettingsJson.Write(team, reps));
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
