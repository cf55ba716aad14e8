using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.Periods;

namespace BotCommit.Exchange.Monthly;

/// <summary>The outcome of <see cref="OfflineMonthlyReview.Compute(IReadOnlyList{ExchangeFile}, IReadOnlyList{ExchangeFile}, string, YearMonth, int)"/>.</summary>
public sealed record OfflineMonthlyReviewResult(MonthlyReviewContent? Content, IReadOnlyList<FileCsvError> CsvErrors, IReadOnlyList<JsonError> SettingsErrors)
{
    public bool Succeeded => Content is not null && CsvErrors.Count == 0 && SettingsErrors.Count == 0;
}
