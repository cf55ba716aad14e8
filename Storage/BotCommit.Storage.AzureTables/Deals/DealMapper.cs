using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Keys;

namespace BotCommit.Storage.AzureTables.Deals;

/// <summary>
/// Keys and mapping of the Deals table: PartitionKey = team, RowKey = <c>rep|dealId</c> (deal ids need no
/// escaping). The deal columns themselves are shared with submission lines (<see cref="DealColumns"/>).
/// </summary>
internal static class DealMapper
{
    public static string PartitionKey(TeamId team) => KeyCodec.Encode(team.Value);

    public static string RowKey(RepId rep, DealId deal) => KeyCodec.Join(KeyCodec.Encode(rep.Value), deal.Value);

    /// <summary>Splits a RowKey into the rep and the deal.</summary>
    /// <exception cref="InvalidDataException">Not a Deals RowKey.</exception>
    public static (RepId Rep, DealId Deal) ParseRowKey(string rowKey)
    {
        var parts = KeyCodec.Split(rowKey);
        if (parts.Length != 2 || !DealId.TryFrom(parts[1], out var deal))
        {
            throw new InvalidDataException($"'{rowKey}' is not a Deals RowKey (rep|deal).");
        }

        return (RepId.From(KeyCodec.Decode(parts[0])), deal);
    }

    public static DealEntity ToEntity(TeamId team, RepId rep, DealForecast deal, int position)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var entity = new DealEntity { PartitionKey = PartitionKey(team), RowKey = RowKey(rep, deal.Id) };
        DealColumns.Write(deal, position, entity);
        return entity;
    }

    /// <summary>The deal of a row, with the rep it belongs to and its saved position.</summary>
    public static (RepId Rep, int? Position, DealForecast Deal) ToDomain(DealEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var (rep, id) = ParseRowKey(entity.RowKey);
        return (rep, entity.Position, DealColumns.Read(id, entity));
    }
}
