using Azure;
using Azure.Data.Tables;

namespace BotCommit.Storage.AzureTables.Batching;

/// <summary>
/// The rules of an entity group transaction, enforced before anything is sent: 1..100 actions, all on the
/// same PartitionKey, each row at most once. Real Azure rejects a cross-partition batch, but Azurite
/// accepts it, and Azurite's reply to more than 100 actions cannot be parsed — so our own code must refuse
/// both, and unit tests prove it without a server.
/// </summary>
internal static class TransactionBatch
{
    public const int MaxActions = 100;

    /// <exception cref="ArgumentException">The actions do not form a valid single transaction.</exception>
    public static void Validate(IReadOnlyCollection<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new ArgumentException("A table transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException(
                $"A table transaction holds at most {MaxActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        string? partitionKey = null;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            ArgumentNullException.ThrowIfNull(action, nameof(actions));
            var entity = action.Entity;
            partitionKey ??= entity.PartitionKey;
            if (!string.Equals(partitionKey, entity.PartitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"A table transaction acts on one partition; found '{partitionKey}' and '{entity.PartitionKey}'.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException($"A table transaction touches row '{entity.RowKey}' twice.", nameof(actions));
            }
        }
    }

    /// <summary>Validates, then submits the actions as one all-or-nothing transaction.</summary>
    public static async Task<IReadOnlyList<Response>> SubmitAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        Validate(actions);
        var response = await table.SubmitTransactionAsync(actions, cancellationToken);
        return response.Value;
    }

    /// <summary>
    /// Submits actions of one partition in as few transactions as the 100-action limit allows, in order. Only
    /// the first chunk's outcome is atomic with respect to the others; use for idempotent work (a retry converges).
    /// </summary>
    public static async Task SubmitInChunksAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var chunk in actions.Chunk(MaxActions))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await SubmitAsync(table, chunk, cancellationToken);
        }
    }
}
