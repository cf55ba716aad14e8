using BotCommit.Exchange;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Bot.Admin;

/// <summary>
/// <c>export &lt;week&gt;</c>: the week's submissions as the exchange CSV (domain.md, "Exchange formats"), with the names
/// from the roster, ordered by rep name. Teams bots cannot attach files without a file-consent flow (the manifest
/// declares <c>supportsFiles: false</c>), so the CSV is sent as plain-text messages of at most
/// <see cref="MaxPartLength"/> characters, cut at line ends, to be copied into a <c>.csv</c> file.
/// </summary>
internal sealed class SubmissionsExport(ISubmissionStore submissions, IRosterStore roster)
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
        var stored = await submissions.ListWeekAsync(team.Id, week, cancellationToken);
        var ordered = stored
            .OrderBy(s => names.GetValueOrDefault(s.Rep, s.RepName), StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Rep.Value, StringComparer.Ordinal)
            .ToList();
        var csv = SubmissionsCsv.ToText(ordered, names);
        return (ordered.Count, ordered.Sum(s => s.Deals.Count), Split(csv));
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
