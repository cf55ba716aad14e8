namespace BotCommit.Forecasting.Monthly;

/// <summary>The invariant of a monthly amount (as for a deal's amount): non-negative, at most 2 decimals.</summary>
internal static class MonthlyAmount
{
    public static bool IsValid(decimal amount) => amount >= 0m && decimal.Round(amount, 2) == amount;

    public static decimal Check(decimal amount, string paramName) =>
        IsValid(amount)
            ? amount
            : throw new ArgumentException("A monthly amount is non-negative with at most 2 decimals.", paramName);
}
