using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>One valid row of a submissions CSV, with the record it came from (for later errors).</summary>
internal sealed record CsvRow(CsvRecord Record, ForecastWeek Week, RepId Rep, string RepName, DealForecast Deal, DateTimeOffset? SubmittedAt);
