using BotCommit.Forecasting.Monthly;
using BotCommit.Forecasting.MonthlyCheckIn;

namespace BotCommit.Cards.Monthly;

/// <summary>What the receipt confirms: the stored submission, what it became, the deadline and the team's currency.</summary>
public sealed record MonthlyReceiptModel(MonthlyForecast Stored, MonthlySubmissionKind Kind, DateTimeOffset Deadline, string Currency)
{
    public static MonthlyReceiptModel From(RecordMonthlyForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var receipt = result.Receipt ?? throw new ArgumentException("A refused submission has no receipt.", nameof(result));
        return new MonthlyReceiptModel(result.Stored!, result.Kind, receipt.Deadline, receipt.Team.Currency);
    }
}
