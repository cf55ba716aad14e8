using System.Diagnostics;

namespace BotCommit.Storage.AzureTables.Failures;

/// <summary>
/// A span per table operation (a query: per page read), named after the operation, with the table's name: never a
/// partition or row key (they hold people's ids) or an entity.
/// </summary>
public static class StorageTelemetry
{
    public const string Name = "BotCommit.Storage";

    public static readonly ActivitySource Source = new(Name);

    internal static Activity? Start(string operation, string table)
    {
        var activity = Source.StartActivity("storage " + operation, ActivityKind.Client);
        activity?.SetTag("db.system.name", "azure.tables");
        activity?.SetTag("db.operation.name", operation);
        activity?.SetTag("db.collection.name", table);
        return activity;
    }
}
