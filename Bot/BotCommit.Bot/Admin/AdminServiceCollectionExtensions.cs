using BotCommit.Bot.CardActions;
using BotCommit.Bot.Commands;
using BotCommit.Forecasting.Admin;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Scheduler.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotCommit.Bot.Admin;

/// <summary>Registers the text commands, the admin services and the admin card actions.</summary>
internal static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Adds commands, authorization (<c>BotCommit:BootstrapAdmins</c>), audit, onboarding and status. "nudge now" and
    /// "post summary" run the schedule's use cases (<see cref="NudgeNow"/>, <see cref="SummaryNow"/>); they are added
    /// here with <c>TryAdd</c> exactly as the scheduler registers them, so either order of registration works.
    /// </summary>
    public static IServiceCollection AddBotCommitAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            return new ScheduleRunOptions { MaxConcurrency = options.MaxConcurrency, ClaimLease = options.ClaimLease };
        });
        services.TryAddTransient<NudgeNow>();
        services.TryAddTransient<SummaryNow>();

        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<TeamClock>();
        services.AddSingleton<SettingsEditor>();
        services.AddSingleton<PersonResolver>();
        services.AddSingleton<PeopleNames>();
        services.AddSingleton<TeamOnboarding>();
        services.AddSingleton<TeamResolver>();
        services.AddSingleton<RosterImport>();
        services.AddSingleton<DealReassignment>();
        services.AddSingleton<TeamDataErasure>();
        services.AddSingleton<StatusReport>();
        services.AddSingleton<SubmissionsExport>();

        services.AddSingleton<ScheduleCommands>();
        services.AddSingleton<TeamCommands>();
        services.AddSingleton<RosterCommands>();
        services.AddSingleton<ReportCommands>();
        services.AddSingleton<TeamDataCommands>();
        services.AddSingleton<PrivateAnswers>();
        services.AddSingleton<Progress.AdminProgress>();
        services.AddSingleton<MembershipChanges>();
        services.AddSingleton<TeamMembership>();
        services.AddSingleton<BotCommit.Bot.Summary.SummaryReaders>();
        services.AddSingleton<TriggerCommands>();
        services.AddSingleton<ICardActionHandler, AdminCardActionHandler>();
        services.AddSingleton<BotCommit.Forecasting.Regions.EditOrgTree>();
        services.AddSingleton<RegionCommands>();

        // CRM import (issue #19 item 2): the use case, where the file comes from, the command.
        services.AddSingleton<BotCommit.Forecasting.CrmImport.ImportCrmOpportunities>();
        services.AddOptions<BotCommit.Bot.CrmImport.CrmImportOptions>().BindConfiguration(BotCommit.Bot.CrmImport.CrmImportOptions.SectionName)
            .Validate(o => o.MaxFileMegabytes is > 0 and <= 50, "BotCommit:CrmImport:MaxFileMegabytes must be from 1 to 50.");
        services.AddHttpClient(BotCommit.Bot.CrmImport.CrmImportFile.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<BotCommit.Bot.CrmImport.CrmImportFile>();
        services.AddSingleton<BotCommit.Bot.CrmImport.CrmImportCommands>();

        // Regions and managers' calls (issue #17): the use cases, Teams delivery, the call card's Submit.
        services.AddSingleton<BotCommit.Forecasting.Regions.RegionWeekReader>();
        services.AddSingleton<BotCommit.Forecasting.Regions.RecordCall>();
        services.AddSingleton<BotCommit.Forecasting.Regions.ComposeRegionSummary>();
        services.AddSingleton<BotCommit.Forecasting.Regions.IRegionDelivery, BotCommit.Bot.Regions.TeamsRegionDelivery>();
        services.AddSingleton<BotCommit.Forecasting.Regions.RunRegionTick>();
        services.AddSingleton<ICardActionHandler, BotCommit.Bot.Regions.CallCardActionHandler>();

        // A region's export (issue #17): its summary kept with its inputs at the post, who may export it, the command.
        services.AddSingleton<BotCommit.Bot.Regions.RegionSummaryOfRecord>();
        services.AddSingleton<BotCommit.Forecasting.Regions.IRegionSummaryRecords>(sp => sp.GetRequiredService<BotCommit.Bot.Regions.RegionSummaryOfRecord>());
        services.AddSingleton<BotCommit.Bot.Regions.RegionAccess>();
        services.AddSingleton<RegionExportCommands>();

        // A month's export (issue #18 item 6): its content, read when a file is asked for, and the command.
        services.AddSingleton<MonthExport>();
        services.AddSingleton<MonthExportCommands>();
        return services;
    }
}
