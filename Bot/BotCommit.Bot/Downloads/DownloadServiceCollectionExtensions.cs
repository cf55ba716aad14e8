using Microsoft.AspNetCore.DataProtection;

namespace BotCommit.Bot.Downloads;

internal static class DownloadServiceCollectionExtensions
{
    /// <summary>
    /// The export's download links: Data Protection (ASP.NET Core's; keys in the default key ring — several instances
    /// need a shared one, see the README) and <see cref="DownloadOptions"/>, whose address must be absolute, without a
    /// query or fragment, and https outside Development.
    /// </summary>
    public static IServiceCollection AddBotCommitDownloads(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddDataProtection().SetApplicationName("BotCommit");
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.SectionName))
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.LinkLifetime <= TimeSpan.FromDays(1), "BotCommit:Downloads:LinkLifetime must be positive and at most a day.")
            .Validate(
                o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && string.IsNullOrEmpty(o.PublicBaseUrl.Query) && string.IsNullOrEmpty(o.PublicBaseUrl.Fragment)
                    && (o.PublicBaseUrl.Scheme == Uri.UriSchemeHttps || (environment.IsDevelopment() && o.PublicBaseUrl.Scheme == Uri.UriSchemeHttp))),
                "BotCommit:Downloads:PublicBaseUrl must be an absolute https address (http only in Development), without query or fragment.")
            .ValidateOnStart();
        services.AddSingleton<DownloadLinks>();
        return services;
    }
}
