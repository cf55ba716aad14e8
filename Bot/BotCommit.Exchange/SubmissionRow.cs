using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// One row of the submissions CSV, typed: one deal of a rep's snapshot of a week. <see cref="SubmissionColumns"/> says
/// how each column is written from it; <see cref="SubmissionsCsv"/> reads a row back into it by column name.
/// </summary>
internal sealed record SubmissionRow(ForecastWeek Week, RepId Rep, string RepName, DealForecast Deal, DateTimeOffset? SubmittedAt);
