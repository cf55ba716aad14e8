using System.Globalization;

namespace BotCommit.Forecasting.Input;

/// <summary>An ISO 4217 currency code in any case (<c>usd</c>, <c>EUR</c>), checked against the codes .NET's cultures know.</summary>
public static class CurrencyParser
{
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
        code = text.Trim().ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        // Without culture data (invariant globalization) any three letters pass.
        return Known.Value.Count == 0 || Known.Value.Contains(code);
    }
}
