using BotCommit.Bot.Admin;
using BotCommit.Bot.CardActions;
using BotCommit.Bot.CheckIn;
using BotCommit.Bot.Commands;
using BotCommit.Bot.Conversations;
using BotCommit.Bot.Turns;
using BotCommit.Forecasting.Scheduling;
using BotCommit.Forecasting.UseCases;
using BotCommit.Protocol.Connector;
using BotCommit.Protocol.Hosting;
using BotCommit.Scheduler.Dashboard;
using BotCommit.Scheduler.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotCommit.Bot.Hosting;

/// <summary>The composition root: the only place that knows every project.</summary>
internal static class BotCommitHostExtensions
{
    public static WebApplicationBuilder AddBotCommit(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotCommitProtocol(builder.Configuration, builder.Environment);
        services.Replace(ServiceDescriptor.Singleton<IOutboundAttemptObserver, SendingMarkObserver>());
        services.AddBotCommitStorage(builder.Configuration, builder.Environment);
        services.AddBotCommitScheduler(builder.Configuration);

        services.AddSingleton<CommandCatalogue>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<ConversationUpdateHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<RecordSubmission>();
        services.AddSingleton<RepContextResolver>();
        services.AddSingleton<CheckInCards>();
        services.AddSingleton<CheckInNudger>();
        services.AddSingleton<RepAbsence>();
        services.AddSingleton<CheckInCommands>();
        services.AddSingleton<IRepNotifier, TeamsRepNotifier>();
        services.AddSingleton<ICardActionHandler, CheckInActionHandler>();
        services.TryAddSingleton<ComputeWeeklySummary>();
        services.AddSingleton<Summary.SummaryChannel>();
        services.AddSingleton<Summary.SummaryPostStore>();
        services.AddSingleton<Summary.SummaryComposer>();
        services.AddSingleton<Summary.SummaryThread>();
        services.AddSingleton<Summary.LateChangePoster>();
        services.AddSingleton<Summary.SummaryPreview>();
        services.AddSingleton<ISummaryPublisher, Summary.TeamsSummaryPublisher>();
        services.AddTransient<Summary.LateChangeJob>();
        services.AddBotCommitAdmin();
        services.AddSingleton<IBot, BotCommitBot>();
        return builder;
    }

    public static WebApplication MapBotCommit(this WebApplication app)
    {
        app.MapGet("/", () => Results.Text("BotCommit is running. Teams posts to /api/messages."));
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapBotEndpoint("/api/messages");
        app.MapBotCommitDashboard("/hangfire");
        return app;
    }
}
