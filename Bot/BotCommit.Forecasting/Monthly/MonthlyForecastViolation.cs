using BotCommit.Forecasting.Periods;

namespace BotCommit.Forecasting.Monthly;

/// <summary>One broken rule, at the field it belongs to; <see cref="Month"/> is null for the action plan.</summary>
public sealed record MonthlyForecastViolation(MonthlyForecastRule Rule, MonthlyForecastField Field, YearMonth? Month);
