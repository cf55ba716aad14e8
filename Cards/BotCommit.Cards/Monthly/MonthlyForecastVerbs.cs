namespace BotCommit.Cards.Monthly;

/// <summary>
/// The verbs of the monthly forecast card and its receipt, sent as the <c>Action.Execute</c> verb and inside the data (as
/// the check-in card does), so both delivery paths look the same to <see cref="MonthlyForecastParser"/>.
/// </summary>
public static class MonthlyForecastVerbs
{
    public const string Prefix = "monthly.";

    public const string Submit = "monthly.submit";

    /// <summary>From the receipt: show the card again with what was submitted.</summary>
    public const string Edit = "monthly.edit";

    public static bool IsMonthly(string? verb) => verb is not null && verb.StartsWith(Prefix, StringComparison.Ordinal);
}
