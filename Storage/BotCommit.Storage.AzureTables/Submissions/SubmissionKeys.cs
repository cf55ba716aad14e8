using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Submissions;

/// <summary>
/// Keys of the Submissions table. PartitionKey <c>team|2026-W49</c>: a team's week is one partition.
/// RowKey <c>rep|~</c> (header) or <c>rep|generation|deal</c> (line); deal ids and generations never equal
/// <c>~</c>, and the escaped rep never holds <c>|</c>.
/// </summary>
internal static class SubmissionKeys
{
    public const string HeaderMarker = "~";

    public static string PartitionKey(TeamId team, ForecastWeek week) => KeyCodec.Join(KeyCodec.Encode(team.Value), week.ToString());

    public static string RepPart(RepId rep) => KeyCodec.Encode(rep.Value);

    public static string HeaderRowKey(RepId rep) => KeyCodec.Join(RepPart(rep), HeaderMarker);

    public static string LineRowKey(RepId rep, int generation, DealId deal) =>
        KeyCodec.Join(RepPart(rep), generation.ToString(CultureInfo.InvariantCulture), deal.Value);

    /// <summary>Reads a RowKey: the rep, and either a header (no generation) or a line's generation and deal.</summary>
    /// <exception cref="InvalidDataException">Not a Submissions RowKey.</exception>
    public static SubmissionRowKey Parse(string rowKey)
    {
        var parts = KeyCodec.Split(rowKey);
        if (parts.Length == 2 && parts[1] == HeaderMarker)
        {
            return new SubmissionRowKey(parts[0], null, default);
        }

        if (parts.Length == 3
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
            && DealId.TryFrom(parts[2], out var deal))
        {
            return new SubmissionRowKey(parts[0], generation, deal);
        }

        throw new InvalidDataException($"'{rowKey}' is not a Submissions RowKey (rep|~ or rep|generation|deal).");
    }
}
