using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Batching;
using BotCommit.Storage.AzureTables.Deals;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// The Revisions table: what reps recorded for a week after its snapshot of record. Same row shape as the Submissions
/// table, PartitionKey <c>team|2026-W49</c>, RowKey <c>rep|ticks|~</c> (header: status, instant, skip reason, rep name,
/// line count) and <c>rep|ticks|deal</c> (a line), ticks = the revision's UTC instant, 19 digits so rows sort by time.
/// A revision is written once, header and lines in one transaction (header + at most 99 lines); the same instant twice
/// is a conflict.
/// </summary>
internal sealed class TableRevisions
{
    private const string HeaderMarker = "~";

    private readonly TableClient _table;

    public TableRevisions(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
    }

    public async Task AddAsync(Submission revision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var at = InvariantText.CheckInstant(revision.SubmittedAt, nameof(revision.SubmittedAt))
            ?? throw new ArgumentException("A revision needs its instant.", nameof(revision));
        var partition = SubmissionKeys.PartitionKey(revision.Team, revision.Week);
        var prefix = KeyCodec.Join(SubmissionKeys.RepPart(revision.Rep), Ticks(at));
        var header = new SubmissionRowEntity
        {
            PartitionKey = partition,
            RowKey = KeyCodec.Join(prefix, HeaderMarker),
            Status = revision.Status.ToString(),
            SubmittedAt = at,
            Late = revision.Late,
            SkipReason = revision.SkipReason,
            RepName = revision.RepName,
            DealCount = revision.Deals.Count,
        };
        var actions = new List<TableTransactionAction>(TransactionBatch.MaxActions) { new(TableTransactionActionType.Add, header) };
        for (var position = 0; position < revision.Deals.Count; position++)
        {
            var deal = revision.Deals[position];
            var line = new SubmissionRowEntity { PartitionKey = partition, RowKey = KeyCodec.Join(prefix, deal.Id.Value) };
            DealColumns.Write(deal, position, line);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, line));
        }

        try
        {
            await TransactionBatch.SubmitAsync(_table, actions, cancellationToken);
        }
        catch (RequestFailedException exception) when (Conflicts.IsConflict(exception))
        {
            throw Conflicts.From(exception, $"The revision of rep '{revision.Rep}' for {revision.Week} at {at:O}");
        }
    }

    public async Task<IReadOnlyList<Submission>> ListAsync(TeamId team, ForecastWeek week, CancellationToken cancellationToken)
    {
        var partition = SubmissionKeys.PartitionKey(team, week);
        var headers = new List<(string Rep, string Ticks, SubmissionRowEntity Row)>();
        var lines = new Dictionary<(string Rep, string Ticks), List<(int?, DealForecast)>>();
        await foreach (var row in _table.QueryAsync<SubmissionRowEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            var parts = KeyCodec.Split(row.RowKey);
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"'{row.RowKey}' is not a Revisions RowKey (rep|ticks|~ or rep|ticks|deal).");
            }

            if (parts[2] == HeaderMarker)
            {
                headers.Add((parts[0], parts[1], row));
                continue;
            }

            var key = (parts[0], parts[1]);
            if (!lines.TryGetValue(key, out var list))
            {
                lines[key] = list = [];
            }

            list.Add((row.Position, DealColumns.Read(DealId.From(parts[2]), row)));
        }

        var revisions = new List<Submission>(headers.Count);
        foreach (var (rep, ticks, header) in headers)
        {
            var deals = lines.GetValueOrDefault((rep, ticks)) ?? [];
            if (header.DealCount is { } expected && expected != deals.Count)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture, $"Revision '{partition}/{header.RowKey}' records {expected} deals but has {deals.Count}."));
            }

            revisions.Add(new Submission(team, week, RepId.From(KeyCodec.Decode(rep)), DealColumns.InSavedOrder(deals))
            {
                Status = InvariantText.ToEnum<SubmissionStatus>(header.Status, nameof(header.Status)),
                SubmittedAt = header.SubmittedAt,
                Late = header.Late ?? false,
                SkipReason = header.SkipReason,
                RepName = header.RepName ?? string.Empty,
            });
        }

        return [.. revisions.OrderBy(r => r.Rep.Value, StringComparer.Ordinal).ThenBy(r => r.SubmittedAt)];
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
