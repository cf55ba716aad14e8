using BotCommit.Forecasting.Periods;

namespace BotCommit.Exchange.Monthly;

/// <summary>The files of a month's export bundle (<see cref="MonthlyExportBundle.Read"/>).</summary>
public sealed record MonthlyExportBundleFiles(
    YearMonth Month, IReadOnlyList<ExchangeFile> Forecasts, IReadOnlyList<ExchangeFile> Submissions, ExchangeFile Settings, ExchangeFile? Review);
