using BotCommit.Protocol.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Hosting;

/// <summary>Maps the bot's messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> (all methods; non-POST gets 405) to the protocol pipeline, which dispatches to the
    /// <see cref="IBot"/> registered in DI. Requires <see cref="ProtocolServiceCollectionExtensions.AddBotCommitProtocol"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        var endpoint = services.GetRequiredService<BotEndpoint>();
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<BotEndpoint>();
        if (options.IsAnonymousAllowed)
        {
            logger.AnonymousModeActive();
        }

        if (options.AcceptsEveryTenant)
        {
            logger.EveryTenantAccepted(options.AllowAnyTenant ? "BotCommit:AllowAnyTenant=true" : "Development without MicrosoftAppTenantId or BotCommit:AllowedTenants");
        }

        return endpoints.Map(pattern, endpoint.HandleAsync);
    }
}
