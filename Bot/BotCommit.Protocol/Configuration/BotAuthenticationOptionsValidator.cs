using Microsoft.Extensions.Options;

namespace BotCommit.Protocol.Configuration;

/// <summary>Refuses to start a host whose bot identity or security settings are unusable.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MicrosoftAppId is null && !options.IsAnonymousAllowed)
        {
            failures.Add(options.AllowAnonymous
                ? "MicrosoftAppId is missing and BotCommit:AllowAnonymous=true is honoured only in the Development environment. Set MicrosoftAppId (and MicrosoftAppPassword, MicrosoftAppTenantId) or run in Development."
                : "MicrosoftAppId is missing. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId, or for local runs set BotCommit:AllowAnonymous=true in the Development environment.");
        }

        if (options.MicrosoftAppId is not null && !options.IsAnonymousAllowed)
        {
            if (options.MicrosoftAppPassword is null)
            {
                failures.Add("MicrosoftAppPassword is missing: the bot cannot obtain outbound tokens.");
            }

            if (!options.IsMultiTenant && options.MicrosoftAppTenantId is null)
            {
                failures.Add("MicrosoftAppTenantId is missing: a SingleTenant bot (the default MicrosoftAppType) needs its tenant id.");
            }
        }

        if (options.MicrosoftAppType is { } appType
            && !appType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase)
            && !appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType '{appType}' is not supported; use SingleTenant or MultiTenant.");
        }

        if (options.AllowAnyTenant && !options.IsMultiTenant)
        {
            failures.Add("BotCommit:AllowAnyTenant=true applies only to MicrosoftAppType=MultiTenant; a SingleTenant bot accepts its own tenant (MicrosoftAppTenantId) and the tenants in BotCommit:AllowedTenants.");
        }

        if (options.AllowAnyTenant && options.AllowedTenants.Count > 0)
        {
            failures.Add("BotCommit:AllowAnyTenant=true and BotCommit:AllowedTenants contradict each other; set one of them.");
        }

        if (options.IsMultiTenant && !options.IsDevelopment && !options.AllowAnyTenant && options.AllowedTenants.Count == 0)
        {
            failures.Add("MicrosoftAppType=MultiTenant would accept activities from every Microsoft 365 tenant: list the tenants in BotCommit:AllowedTenants, or set BotCommit:AllowAnyTenant=true to accept every tenant on purpose.");
        }

        if (!options.IsDevelopment && options.OpenIdMetadataUrl.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("BotCommit:OpenIdMetadataUrl must use https outside the Development environment.");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add("BotCommit:MaxRequestBodyBytes must be positive.");
        }

        foreach (var host in options.TrustedServiceUrlHosts)
        {
            if (host.Contains('*', StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal) || host.Contains(':', StringComparison.Ordinal))
            {
                failures.Add($"BotCommit:TrustedServiceUrlHosts entry '{host}' must be an exact host name (no scheme, port, path or wildcard).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
