using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Metrics;

/// <summary>
/// Everything the weekly summary of <see cref="Week"/> depends on; no clock and no I/O beyond it.
/// <see cref="Deadline"/> is the submission deadline instant of the week (e.g. from
/// <see cref="LocalWeeklyTime.InstantIn"/>): a submission saved after it is late.
/// </summary>
public sealed record SummaryInput(TeamSettings Team, ForecastWeek Week, DateTimeOffset Deadline, IReadOnlyList<RepWeekInput> Reps);
