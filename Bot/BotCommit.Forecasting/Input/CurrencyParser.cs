using System.Globalization;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// An ISO 4217 currency code in any case (<c>usd</c>, <c>EUR</c>), checked against the codes .NET's cultures know, or
/// the currency's everyday name in Chinese (<c>人民币</c>, <c>RMB</c>, <c>新台币</c>/<c>新台幣</c>, <c>港币</c>, <c>美元</c>…).
/// </summary>
public static class CurrencyParser
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RMB"] = "CNY", ["人民币"] = "CNY", ["人民幣"] = "CNY",
        ["新台币"] = "TWD", ["新台幣"] = "TWD", ["台币"] = "TWD", ["台幣"] = "TWD", ["NT$"] = "TWD",
        ["港币"] = "HKD", ["港幣"] = "HKD", ["港元"] = "HKD",
        ["美元"] = "USD", ["欧元"] = "EUR", ["歐元"] = "EUR", ["日元"] = "JPY", ["日圓"] = "JPY", ["英镑"] = "GBP", ["英鎊"] = "GBP",
        ["新加坡元"] = "SGD", ["新币"] = "SGD", ["新幣"] = "SGD",
    };

    private static readonly Lazy<HashSet<string>> Known = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var code = new RegionInfo(culture.Name).ISOCurrencySymbol;
                if (code is { Length: 3 } && code.All(char.IsAsciiLetterUpper))
                {
                    codes.Add(code);
                }
            }
            catch (ArgumentException)
            {
                // A culture without a region (rare with ICU): skip it.
            }
        }

        return codes;
    });

    public static bool TryParse(string text, out string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = InputText.Normalize(text).Trim();
        if (Names.TryGetValue(typed, out var named))
        {
            code = named;
            return true;
        }

        code = typed.ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        // Without culture data (invariant globalization) any three letters pass.
        return Known.Value.Count == 0 || Known.Value.Contains(code);
    }
}
