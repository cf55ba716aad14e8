using BotCommit.Forecasting.Metrics;

namespace BotCommit.Exchange;

/// <summary>
/// The outcome of <see cref="OfflineSummary.Compute(string, string, Forecasting.Periods.ForecastWeek)"/>: the summary, or the
/// errors of each input file (so a caller can name the file in front of each error).
/// </summary>
public sealed record OfflineSummaryResult(WeeklySummary? Summary, IReadOnlyList<CsvError> SubmissionErrors, IReadOnlyList<JsonError> SettingsErrors)
{
    /// <summary>Each active rep's accuracy history as of the week (<see cref="OfflineSummary.Accuracy"/>).</summary>
    public IReadOnlyDictionary<Forecasting.Teams.RepId, AccuracyHistory> Accuracy { get; init; } = new Dictionary<Forecasting.Teams.RepId, AccuracyHistory>();

    public bool Succeeded => Summary is not null && SubmissionErrors.Count == 0 && SettingsErrors.Count == 0;
}
