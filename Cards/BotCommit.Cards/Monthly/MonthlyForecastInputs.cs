using System.Globalization;

namespace BotCommit.Cards.Monthly;

/// <summary>Input ids and data keys of the monthly forecast card; months are numbered 0..11 from the card's month.</summary>
public static class MonthlyForecastInputs
{
    public const string CardVersion = "cardVersion";

    public const string Month = "month";

    public const string ActionPlan = "mf.plan";

    public static string Forecast(int index) => "mf.f" + index.ToString(CultureInfo.InvariantCulture);

    public static string Upside(int index) => "mf.u" + index.ToString(CultureInfo.InvariantCulture);

    public static string Error(string inputId) => inputId + ".error";
}
