using BotCommit.Bot.CardActions;
using BotCommit.Forecasting.MonthlyCheckIn;

namespace BotCommit.Bot.Monthly;

/// <summary>The monthly forecast (issue #18): its use cases, its card actions and its Teams senders.</summary>
internal static class MonthlyServiceCollectionExtensions
{
    public static IServiceCollection AddBotCommitMonthly(this IServiceCollection services)
    {
        services.AddSingleton<PrepareMonthlyForecast>();
        services.AddSingleton<RecordMonthlyForecast>();
        services.AddSingleton<ComputeMonthlyReview>();
        services.AddSingleton<IMonthlyNotifier, TeamsMonthlyNotifier>();
        services.AddSingleton<IMonthlyReviewPublisher, TeamsMonthlyReviewPublisher>();
        services.AddSingleton<ICardActionHandler, MonthlyActionHandler>();
        services.AddSingleton<MonthlyReviewNow>();
        services.AddSingleton<MonthlyNowCommands>();
        // Picked up by the schedule tick job, which runs it right after the weekly tick.
        services.AddTransient<RunMonthlyScheduleTick>();
        return services;
    }
}
