using BotCommit.Bot.Admin;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.CheckIn;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Downloads;
using BotCommit.Bot.Turns;
using BotCommit.Forecasting.CheckIn;
using BotCommit.Forecasting.Deliveries;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.Status;
using BotCommit.Forecasting.Summary;
using BotCommit.Forecasting.UseCases;
using BotCommit.Protocol.Hosting;
using BotCommit.Scheduler.Dashboard;
using BotCommit.Scheduler.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCommit.Bot.Hosting;

/// <summary>
/// The composition root: the only place that knows every project. The domain's use cases are registered here with the
/// adapters behind their ports (Storage's stores, the Teams senders of this host, the scheduler's background work).
/// </summary>
internal static class BotCommitHostExtensions
{
    public static WebApplicationBuilder AddBotCommit(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The system clock, or in Development only the moved clock of "Trying a whole week" (DevelopmentClock refuses to
        // start the host when its keys are set anywhere else). Resolved at start, from the final configuration.
        services.TryAddSingleton<TimeProvider>(sp => DevelopmentClock.TryCreate(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), TimeProvider.System) ?? TimeProvider.System);
        services.AddBotCommitProtocol(builder.Configuration, builder.Environment);
        services.AddBotCommitStorage(builder.Configuration, builder.Environment);
        services.AddBotCommitScheduler(builder.Configuration);
        services.AddBotCommitReadiness();
        services.AddBotCommitTelemetry(builder.Configuration);

        // The domain's use cases (Forecasting): each flow is one of them; the host only translates.
        services.AddSingleton<DeliveryRunner>();
        services.AddSingleton<PrepareCheckIn>();
        services.AddSingleton<RecordSubmission>();
        services.AddSingleton<RecordAbsence>();
        services.AddSingleton<ComposeWeeklySummary>();
        services.AddSingleton<PostLateChanges>();
        services.AddSingleton<PostPipelineLists>();
        services.AddSingleton<PublishWeeklySummary>();
        services.AddSingleton<ISummaryPublisher>(sp => sp.GetRequiredService<PublishWeeklySummary>());
        services.AddSingleton<ReadTeamStatus>();
        services.TryAddSingleton<ComputeWeeklySummary>();

        // Teams: turns, cards and the senders behind the domain's ports.
        services.AddSingleton<CommandCatalogue>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<ConversationUpdateHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<CheckInCommands>();
        services.AddSingleton<IRepNotifier, TeamsRepNotifier>();
        services.AddSingleton<ICardActionHandler, CheckInActionHandler>();
        services.AddSingleton<Summary.SummaryChannel>();
        services.AddSingleton<Summary.SummaryThread>();
        services.AddSingleton<Summary.SummaryPreview>();
        services.AddSingleton<ISummaryDelivery, Summary.TeamsSummaryDelivery>();
        services.AddSingleton<IPipelineListsDelivery>(sp => (IPipelineListsDelivery)sp.GetRequiredService<ISummaryDelivery>());
        services.AddSingleton<Summary.SummaryOfRecord>();
        services.AddBotCommitAdmin();
        Monthly.MonthlyServiceCollectionExtensions.AddBotCommitMonthly(services);
        services.AddOptions<Progress.ProgressOptions>()
            .Bind(builder.Configuration.GetSection(Progress.ProgressOptions.SectionName))
            .Validate(o => o.UpdateInterval > TimeSpan.Zero, "BotCommit:Progress:UpdateInterval must be positive.")
            .Validate(o => o.MinimumShown >= TimeSpan.Zero, "BotCommit:Progress:MinimumShown must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<Progress.LongWork>();
        services.AddHostedService(sp => sp.GetRequiredService<Progress.LongWork>());
        services.AddSingleton<IBot, BotCommitBot>();
        services.AddBotCommitDownloads(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication MapBotCommit(this WebApplication app)
    {
        app.MapGet("/", () => Results.Text("BotCommit is running. Teams posts to /api/messages."));
        app.MapGet("/healthz", () => Results.Text("ok")); // liveness only: the process answers
        app.MapBotCommitReadiness("/readyz");
        app.MapBotEndpoint("/api/messages");
        app.MapBotCommitDashboard("/hangfire");
        app.MapBotCommitDownloads();
        return app;
    }
}
