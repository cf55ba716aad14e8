using BotCommit.Forecasting.Periods;

namespace BotCommit.Cards.Admin;

/// <summary>
/// The private card that follows an admin's summary preview: where the summary would go (<see cref="ChannelName"/>,
/// null when no channel is chosen), whether the deadline has passed, and after "post" the result as
/// <see cref="Message"/> (the button is then gone when it was posted).
/// </summary>
public sealed record SummaryPostModel(string TeamId, string TeamName, ForecastWeek Week, DateTimeOffset Deadline)
{
    public string? ChannelName { get; init; }

    public bool BeforeDeadline { get; init; }

    public bool Posted { get; init; }

    public string? Message { get; init; }

    public bool MessageIsError { get; init; }
}
