using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace BotCommit.Scheduler.Hosting;

/// <summary>Creates this host's own <see cref="JobStorage"/> from <see cref="HangfireOptions"/> (never <c>JobStorage.Current</c>).</summary>
internal static class HangfireStorageFactory
{
    public static JobStorage Create(HangfireOptions options) => options.Storage switch
    {
        HangfireStorageKind.InMemory => new InMemoryStorage(new InMemoryStorageOptions()),
        HangfireStorageKind.PostgreSql => CreatePostgreSql(options),
        _ => throw new InvalidOperationException($"Unknown Hangfire storage '{options.Storage}'."),
    };

    private static PostgreSqlStorage CreatePostgreSql(HangfireOptions options)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.SchemaName,
            PrepareSchemaIfNecessary = options.PrepareSchemaIfNecessary,
        };
        var connections = new NpgsqlConnectionFactory(
            options.ConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Hangfire is required for PostgreSql."),
            storageOptions,
            connectionSetup: null);
        return new PostgreSqlStorage(connections, storageOptions);
    }
}
