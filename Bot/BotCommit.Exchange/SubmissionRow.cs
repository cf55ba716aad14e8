using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;

namespace BotCommit.Exchange;

/// <summary>
/// One row of the submissions CSV, typed: one deal of a rep's snapshot of a week. <see cref="SubmissionColumns"/> says
/// how each column is written from it; <see cref="SubmissionsCsv"/> reads a row back into it by column name.
/// </summary>
/// <see cref="Status"/> is one of the <c>status</c> values of <see cref="SubmissionColumns"/>.
internal sealed record SubmissionRow(ForecastWeek Week, RepId Rep, string RepName, DealForecast Deal, DateTimeOffset? SubmittedAt, string Status);
