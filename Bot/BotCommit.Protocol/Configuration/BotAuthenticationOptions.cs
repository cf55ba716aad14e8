using Microsoft.Extensions.Configuration;

namespace BotCommit.Protocol.Configuration;

/// <summary>
/// Bot identity and the protocol layer's security settings. The four Microsoft* values are read from the root keys
/// (the SDK's names); everything else from the <c>BotCommit</c> section. Bound by <c>AddBotCommitProtocol</c>.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>Configuration section of the BotCommit-specific keys.</summary>
    public const string SectionName = "BotCommit";

    /// <summary>Public-cloud OpenID metadata of the Bot Framework channel.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of channel tokens (public cloud).</summary>
    public const string DefaultIssuer = "https://api.botframework.com";

    /// <summary>Default request body cap (256 KiB).</summary>
    public const int DefaultMaxRequestBodyBytes = 262_144;

    /// <summary>Connector hosts that may receive the bot's token (public, GCC, GCC High, DoD).</summary>
    public static readonly IReadOnlyList<string> BuiltInTrustedServiceUrlHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary><c>MicrosoftAppType</c>: <c>SingleTenant</c> (default) or <c>MultiTenant</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id; the inbound token audience.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: client secret for outbound tokens. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: tenant of the single-tenant app; the outbound token authority.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>BotCommit:AllowAnonymous</c>: requested anonymous mode; effective only in Development.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary><c>BotCommit:OpenIdMetadataUrl</c>.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new(DefaultOpenIdMetadataUrl);

    /// <summary><c>BotCommit:Issuer</c>: expected <c>iss</c> of channel tokens.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>The only channel BotCommit talks to.</summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>
    /// <c>BotCommit:AllowedTenants</c>: tenants accepted besides the app's own (SingleTenant); see <see cref="AcceptsTenant"/>.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// <c>BotCommit:AllowAnyTenant</c>: MultiTenant only — accept activities from every Microsoft 365 tenant. Without it (or
    /// <see cref="AllowedTenants"/>) a MultiTenant bot refuses to start outside Development.
    /// </summary>
    public bool AllowAnyTenant { get; set; }

    /// <summary><c>BotCommit:TrustedServiceUrlHosts</c>: extra exact hosts (https only) that may receive the token.</summary>
    public IList<string> TrustedServiceUrlHosts { get; } = [];

    /// <summary><c>BotCommit:MaxRequestBodyBytes</c>: larger requests get 413 before any token work.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>True when the host environment is Development (set at registration, not from configuration).</summary>
    public bool IsDevelopment { get; set; }

    /// <summary>Anonymous mode is in force: requested AND the environment is Development.</summary>
    public bool IsAnonymousAllowed => AllowAnonymous && IsDevelopment;

    /// <summary>
    /// Tenants whose activities are accepted: <see cref="MicrosoftAppTenantId"/> for a SingleTenant app, plus
    /// <see cref="AllowedTenants"/>.
    /// </summary>
    public IReadOnlyList<string> AcceptedTenants =>
        (!IsMultiTenant && MicrosoftAppTenantId is { } own ? AllowedTenants.Prepend(own) : AllowedTenants)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// No tenant restriction: <see cref="AllowAnyTenant"/>, or no tenant configured at all in Development (local runs and the
    /// Playground). Outside Development the options validator refuses a configuration that would otherwise mean "any".
    /// </summary>
    public bool AcceptsEveryTenant => AllowAnyTenant || (IsDevelopment && AcceptedTenants.Count == 0);

    /// <summary>Whether an activity of <paramref name="tenantId"/> may be processed (an activity without a tenant only when every tenant is).</summary>
    public bool AcceptsTenant(string? tenantId) =>
        AcceptsEveryTenant
        || (!string.IsNullOrWhiteSpace(tenantId) && AcceptedTenants.Contains(tenantId.Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>Multi-tenant registrations get their outbound tokens from the <c>botframework.com</c> tenant.</summary>
    public bool IsMultiTenant =>
        string.Equals(MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the root keys and the <c>BotCommit</c> section into <paramref name="options"/>.</summary>
    public static void Bind(IConfiguration configuration, BotAuthenticationOptions options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.MicrosoftAppType = NullIfEmpty(configuration["MicrosoftAppType"]);
        options.MicrosoftAppId = NullIfEmpty(configuration["MicrosoftAppId"]);
        options.MicrosoftAppPassword = NullIfEmpty(configuration["MicrosoftAppPassword"]);
        options.MicrosoftAppTenantId = NullIfEmpty(configuration["MicrosoftAppTenantId"]);
        options.IsDevelopment = isDevelopment;

        var section = configuration.GetSection(SectionName);
        if (bool.TryParse(section["AllowAnonymous"], out var allowAnonymous))
        {
            options.AllowAnonymous = allowAnonymous;
        }

        if (bool.TryParse(section["AllowAnyTenant"], out var allowAnyTenant))
        {
            options.AllowAnyTenant = allowAnyTenant;
        }

        if (NullIfEmpty(section["OpenIdMetadataUrl"]) is { } metadataUrl
            && Uri.TryCreate(metadataUrl, UriKind.Absolute, out var metadataUri))
        {
            options.OpenIdMetadataUrl = metadataUri;
        }

        if (NullIfEmpty(section["Issuer"]) is { } issuer)
        {
            options.Issuer = issuer;
        }

        if (int.TryParse(section["MaxRequestBodyBytes"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var maxBytes))
        {
            options.MaxRequestBodyBytes = maxBytes;
        }

        AddList(section.GetSection("AllowedTenants"), options.AllowedTenants);
        AddList(section.GetSection("TrustedServiceUrlHosts"), options.TrustedServiceUrlHosts);
    }

    // Accepts both an array (BotCommit:AllowedTenants:0) and one comma/semicolon separated value (handy in env vars).
    // An empty JSON array (appsettings.json's "[]") reads as the value "" next to any entries another provider adds
    // (BotCommit__AllowedTenants__0): both are read, so those entries are never silently dropped.
    private static void AddList(IConfigurationSection section, IList<string> target)
    {
        var values = section.GetChildren().Select(child => child.Value).Append(section.Value);
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var item in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!target.Contains(item, StringComparer.OrdinalIgnoreCase))
                {
                    target.Add(item);
                }
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
