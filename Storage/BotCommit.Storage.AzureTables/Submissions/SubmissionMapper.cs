using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Submissions;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Deals;
using BotCommit.Storage.AzureTables.Keys;
using BotCommit.Storage.AzureTables.Serialization;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>Maps a <see cref="Submission"/> to its header and line rows and back.</summary>
internal static class SubmissionMapper
{
    public static SubmissionRowEntity ToHeader(Submission submission, int generation)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new SubmissionRowEntity
        {
            PartitionKey = SubmissionKeys.PartitionKey(submission.Team, submission.Week),
            RowKey = SubmissionKeys.HeaderRowKey(submission.Rep),
            Status = submission.Status.ToString(),
            SubmittedAt = InvariantText.CheckInstant(submission.SubmittedAt, nameof(submission.SubmittedAt)),
            Late = submission.Late,
            SealedAfter = InvariantText.CheckInstant(submission.SealedAfter, nameof(submission.SealedAfter)),
            SkipReason = submission.SkipReason,
            RepName = submission.RepName,
            Generation = generation,
            DealCount = submission.Deals.Count,
        };
    }

    public static IEnumerable<SubmissionRowEntity> ToLines(Submission submission, int generation)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var partition = SubmissionKeys.PartitionKey(submission.Team, submission.Week);
        for (var position = 0; position < submission.Deals.Count; position++)
        {
            var deal = submission.Deals[position];
            var line = new SubmissionRowEntity
            {
                PartitionKey = partition,
                RowKey = SubmissionKeys.LineRowKey(submission.Rep, generation, deal.Id),
            };
            DealColumns.Write(deal, position, line);
            yield return line;
        }
    }

    /// <summary>
    /// Rebuilds the submission from its header and the rows of the same rep; lines of other generations
    /// (left behind by an interrupted clean-up) are ignored.
    /// </summary>
    /// <exception cref="InvalidDataException">The current generation does not hold the recorded number of lines.</exception>
    public static Submission ToDomain(TeamId team, ForecastWeek week, SubmissionRowEntity header, IEnumerable<SubmissionRowEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var key = SubmissionKeys.Parse(header.RowKey);
        var generation = header.Generation ?? 0;
        var lines = new List<(int?, DealForecast)>();
        foreach (var row in rows)
        {
            var rowKey = SubmissionKeys.Parse(row.RowKey);
            if (rowKey.Generation == generation)
            {
                lines.Add((row.Position, DealColumns.Read(rowKey.Deal, row)));
            }
        }

        if (header.DealCount is { } expected && expected != lines.Count)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Submission '{header.PartitionKey}/{header.RowKey}' records {expected} deals but generation {generation} has {lines.Count}."));
        }

        return new Submission(team, week, RepId.From(KeyCodec.Decode(key.RepPart)), DealColumns.InSavedOrder(lines))
        {
            Status = InvariantText.ToEnum<SubmissionStatus>(header.Status, nameof(header.Status)),
            SubmittedAt = header.SubmittedAt,
            Late = header.Late ?? false,
            SealedAfter = header.SealedAfter,
            SkipReason = header.SkipReason,
            RepName = header.RepName ?? string.Empty,
        };
    }
}
