using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Ports;

/// <summary>
/// Work a use case hands off so the person's turn answers at once (the scheduler implements it with retried background
/// jobs). Asking twice is harmless: the work is idempotent.
/// </summary>
public interface IBackgroundWork
{
    /// <summary>Post the week's pending late changes into its summary thread (<see cref="Summary.PostLateChanges"/>).</summary>
    void PostLateChanges(TeamId team, ForecastWeek week);
}
