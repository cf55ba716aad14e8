using BotCommit.Protocol.Configuration;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Admin;

/// <summary>
/// Refuses to start with a bootstrap admin entry that is malformed, or that names no tenant outside Development (a
/// plain object id needs <c>MicrosoftAppTenantId</c> to know whose teams it may administer).
/// </summary>
internal sealed class AdminOptionsValidator(IOptions<BotAuthenticationOptions> bot) : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = bot.Value;
        var failures = new List<string>();
        foreach (var entry in options.BootstrapAdmins.Where(entry => !string.IsNullOrWhiteSpace(entry)))
        {
            if (!BootstrapAdmin.TryParse(entry, settings.MicrosoftAppTenantId, out var admin, out var problem))
            {
                failures.Add(problem!);
            }
            else if (admin!.TenantId is null && !settings.IsDevelopment)
            {
                failures.Add($"BotCommit:BootstrapAdmins entry '{entry}' names no tenant and MicrosoftAppTenantId is not set: write it as 'tenantId/objectId'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
