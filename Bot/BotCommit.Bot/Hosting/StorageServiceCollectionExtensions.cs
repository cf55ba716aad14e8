using Azure.Data.Tables;
using BotCommit.Bot.Conversations;
using BotCommit.Forecasting.Ports;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Routing;
using BotCommit.Scheduler.Retention;
using BotCommit.Storage.AzureTables;
using BotCommit.Storage.AzureTables.Activities;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Hosting;

/// <summary>Registers Azure Table Storage (Azurite locally) behind the domain's ports and the protocol's stores.</summary>
internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBotCommitStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<StorageOptions>()
            .Configure(options =>
            {
                options.ConnectionString = configuration.GetConnectionString("Tables") ?? string.Empty;
                options.TablePrefix = configuration[$"{StorageOptions.SectionName}:TablePrefix"] ?? string.Empty;
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                "ConnectionStrings:Tables is required (use UseDevelopmentStorage=true with Azurite, see README.md).")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = new TableClientOptions();
            if (environment.IsDevelopment())
            {
                // Azurite answers some bad requests with 500; fail fast instead of retrying for seconds.
                clientOptions.Retry.MaxRetries = 1;
                clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(100);
            }

            return new AzureTablesStorage(options.ConnectionString, options.TablePrefix, clientOptions, sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<StorageInitializer>();

        services.AddSingleton<ITeamSettingsStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Teams);
        services.AddSingleton<IRosterStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Roster);
        services.AddSingleton<IDealStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Deals);
        services.AddSingleton<ISubmissionStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Submissions);
        services.AddSingleton<IActionLog>(sp => sp.GetRequiredService<AzureTablesStorage>().Actions);
        services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AzureTablesStorage>().Audit);
        services.AddSingleton<InboundActivityLog>(sp => sp.GetRequiredService<AzureTablesStorage>().Activities);
        services.AddSingleton<IConversationReferenceStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Conversations);
        services.AddSingleton<IActivityDeduplicator, TableActivityDeduplicator>();
        services.AddSingleton<IActivityLogRetention, ActivityLogRetention>();
        services.AddSingleton<ITeamDataStore>(sp => sp.GetRequiredService<AzureTablesStorage>().TeamData);
        services.AddSingleton<IOrgTreeStore>(sp => sp.GetRequiredService<AzureTablesStorage>().OrgTree);
        services.AddSingleton<ICallStore>(sp => sp.GetRequiredService<AzureTablesStorage>().Calls);
        services.AddSingleton<IMonthlyForecastStore>(sp => sp.GetRequiredService<AzureTablesStorage>().MonthlyForecasts);
        return services;
    }
}
