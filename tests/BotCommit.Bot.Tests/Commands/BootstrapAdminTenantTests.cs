using System.Text.Json.Nodes;
using BotCommit.Bot.Admin;
using BotCommit.Bot.Tests.Hosting;
using BotCommit.Forecasting.Teams;
using BotCommit.Protocol.Configuration;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>
/// Bootstrap admins are admins of their own tenant's teams only (issue #15, item 3): a plain object id is bound to
/// <c>MicrosoftAppTenantId</c>, <c>tenantId/objectId</c> to that tenant; a team's tenant is recorded at install. The host
/// accepts two tenants here (its own and one listed in <c>BotCommit:AllowedTenants</c>).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class BootstrapAdminTenantTests(AzuriteFixture azurite)
{
    private const string OtherTenant = "22222222-2222-2222-2222-222222222222";

    [Fact]
    public async Task PlainBootstrapAdmin_InAnotherTenantsTeam_IsRefused()
    {
        await using var host = await StartAsync(People.Boris.AadObjectId);
        await host.SaveTeamAsync(new TeamSettings(CommandHost.Team) { Name = "Sales APAC", TenantId = OtherTenant });

        var answer = await host.AnswerAsync(InTenant(host.Command(People.Boris, "pause"), OtherTenant));

        Assert.Contains("only the admins of Sales APAC", answer, StringComparison.Ordinal);
        Assert.False((await host.TeamAsync()).Paused);
    }

    [Fact]
    public async Task TenantBoundBootstrapAdmin_InThatTenantsTeam_IsAnAdmin()
    {
        await using var host = await StartAsync(OtherTenant + "/" + People.Boris.AadObjectId);
        await host.SaveTeamAsync(new TeamSettings(CommandHost.Team) { Name = "Sales APAC", TenantId = OtherTenant });

        await host.AnswerAsync(InTenant(host.Command(People.Boris, "pause"), OtherTenant));

        Assert.True((await host.TeamAsync()).Paused);
    }

    [Fact]
    public async Task PlainBootstrapAdmin_InATeamStoredWithoutTenant_CountsItAsTheAppsTenant()
    {
        await using var host = await StartAsync(People.Boris.AadObjectId);
        await host.SaveTeamAsync(new TeamSettings(CommandHost.Team) { Name = "Sales EMEA" });

        await host.AnswerAsync(host.Command(People.Boris, "pause"));

        Assert.True((await host.TeamAsync()).Paused);
    }

    [Fact]
    public async Task PlainBootstrapAdmin_NamingAnotherTenantsTeamInPersonalChat_IsRefused()
    {
        await using var host = await StartAsync(People.Boris.AadObjectId);
        await host.SaveTeamAsync(new TeamSettings(CommandHost.Team) { Name = "Sales APAC", TenantId = OtherTenant });
        var own = TeamId.From("19:own-team@thread.tacv2");
        await host.SaveTeamAsync(new TeamSettings(own) { Name = "Sales EMEA", TenantId = CommandHost.Tenant });

        var answer = await host.AnswerAsync(host.PersonalMessage(People.Boris, "pause in Sales APAC"));
        await host.AnswerAsync(host.PersonalMessage(People.Boris, "pause"));

        // Another tenant's team is not among Boris's teams: not resolved, not named, and not taken for his own team.
        Assert.Contains("I don't know which sales team you mean", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Sales APAC", answer, StringComparison.Ordinal);
        Assert.False((await host.TeamAsync()).Paused);
        Assert.True((await host.TeamAsync(own)).Paused);
    }

    [Fact]
    public async Task Install_RecordsTheTeamsTenant_AndABootstrapAdminOfAnotherTenantDoesNotBecomeItsAdmin()
    {
        // The other tenant has its own bootstrap admin, so Development's local-trial rule does not apply either.
        await using var host = await StartAsync(People.Boris.AadObjectId, new() { ["BotCommit:BootstrapAdmins:1"] = OtherTenant + "/" + People.Olivia.AadObjectId });

        await host.SendAsync(InTenant(Install(host, People.Boris), OtherTenant));

        var team = await host.TeamAsync();
        Assert.Equal(OtherTenant, team.TenantId);
        Assert.Empty(team.Admins);
    }

    [Fact]
    public async Task Install_WithFirstInstallerBecomesAdmin_MakesTheInstallerAdmin()
    {
        await using var host = await StartAsync(People.Boris.AadObjectId, new() { ["BotCommit:FirstInstallerBecomesAdmin"] = "true" });

        await host.SendAsync(Install(host, People.Dana));

        var team = await host.TeamAsync();
        Assert.Equal([RepId.From(People.Dana.AadObjectId)], team.Admins);
        Assert.Equal(CommandHost.Tenant, team.TenantId);
    }

    public static TheoryData<string, string[], bool, bool, string?, bool> InstallerCases => new()
    {
        // because, bootstrap admins, Development, opt-in, installer's tenant, becomes admin
        { "Production, no bootstrap admins: nobody by default", [], false, false, CommandHost.Tenant, false },
        { "Production, no bootstrap admins, opt-in", [], false, true, CommandHost.Tenant, true },
        { "Development, no bootstrap admins: a local trial", [], true, false, CommandHost.Tenant, true },
        { "Development, a bootstrap admin of the tenant exists", ["0b000000-0000-4000-8000-00000000000b"], true, false, CommandHost.Tenant, false },
        { "Development, only another tenant has a bootstrap admin", [OtherTenant + "/0b000000-0000-4000-8000-00000000000b"], true, false, CommandHost.Tenant, true },
        { "Production, the installer is a bootstrap admin of the tenant", [People.Dana.AadObjectId], false, false, CommandHost.Tenant, true },
        { "Production, the installer is a bootstrap admin of another tenant", [People.Dana.AadObjectId], false, false, OtherTenant, false },
    };

    [Theory]
    [MemberData(nameof(InstallerCases))]
    public void InstallerBecomesAdmin_OnlyByRule(string because, string[] bootstrapAdmins, bool isDevelopment, bool optIn, string? tenant, bool expected)
    {
        var options = new AdminOptions { FirstInstallerBecomesAdmin = optIn };
        foreach (var admin in bootstrapAdmins)
        {
            options.BootstrapAdmins.Add(admin);
        }

        var policy = new AdminPolicy(
            Options.Create(options),
            Options.Create(new BotAuthenticationOptions { MicrosoftAppTenantId = CommandHost.Tenant, IsDevelopment = isDevelopment }));

        Assert.True(expected == policy.InstallerBecomesAdmin(tenant, People.Dana.AadObjectId), because);
    }

    public static TheoryData<string, string, string?, bool, string?> ValidationCases => new()
    {
        // because, entry, MicrosoftAppTenantId, Development, expected failure
        { "plain id with the app's tenant", "0b000000-0000-4000-8000-00000000000b", CommandHost.Tenant, false, null },
        { "tenant-bound id without the app's tenant", OtherTenant + "/0b000000-0000-4000-8000-00000000000b", null, false, null },
        { "plain id without any tenant outside Development", "0b000000-0000-4000-8000-00000000000b", null, false, "names no tenant" },
        { "plain id without any tenant in Development", "0b000000-0000-4000-8000-00000000000b", null, true, null },
        { "two slashes", "a/b/c", CommandHost.Tenant, false, "must be an Entra object id or 'tenantId/objectId'" },
        { "empty object id", OtherTenant + "/", CommandHost.Tenant, false, "must be an Entra object id or 'tenantId/objectId'" },
    };

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public void Validate_BootstrapAdmins_AcceptsOrExplains(string because, string entry, string? appTenant, bool isDevelopment, string? failure)
    {
        var options = new AdminOptions();
        options.BootstrapAdmins.Add(entry);
        var validator = new AdminOptionsValidator(Options.Create(new BotAuthenticationOptions { MicrosoftAppTenantId = appTenant, IsDevelopment = isDevelopment }));

        var result = validator.Validate(null, options);

        if (failure is null)
        {
            Assert.True(result.Succeeded, because + ": " + result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed, because);
            Assert.Contains(failure, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    private async Task<CommandHost> StartAsync(string bootstrapAdmin, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotCommit:BootstrapAdmins:0"] = bootstrapAdmin,
            ["MicrosoftAppTenantId"] = CommandHost.Tenant,
            ["BotCommit:AllowedTenants:0"] = OtherTenant,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return await CommandHost.StartAsync(azurite.ConnectionString, settings, seedTeam: false);
    }

    private static JsonObject InTenant(JsonObject activity, string tenant)
    {
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        return activity;
    }

    private static JsonObject Install(CommandHost host, TestPerson installer)
    {
        var activity = host.ChannelMessage(installer, string.Empty);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = CommandHost.TeamIdValue;
        activity["channelData"]!["channel"]!["id"] = CommandHost.TeamIdValue;
        return activity;
    }
}
