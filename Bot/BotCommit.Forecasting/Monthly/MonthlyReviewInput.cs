using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Forecasting.Monthly;

/// <summary>Everything the monthly review of <see cref="Month"/> depends on; no clock and no I/O beyond it.</summary>
public sealed record MonthlyReviewInput(TeamSettings Team, YearMonth Month, IReadOnlyList<RepMonthInput> Reps);
