using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCommit.Forecasting.Input;

/// <summary>
/// A money amount as people type it: <c>1200000</c>, <c>1,200,000</c>, <c>1200000.50</c>, <c>1.2m</c>, <c>1.2 M</c>,
/// <c>250k</c>, <c>2bn</c>, optionally with a currency sign or code (<c>$1.2m</c>, <c>1.2m USD</c>) that is ignored.
/// The decimal point is always <c>.</c>; commas only group thousands (so <c>1,5m</c> and <c>1.200.000</c> are refused
/// rather than guessed). At most two decimals after scaling; never negative.
/// </summary>
public static partial class AmountParser
{
    public static bool TryParse(string text, out decimal amount)
    {
        ArgumentNullException.ThrowIfNull(text);
        amount = 0m;
        var compact = text.Trim().ToLower(CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);
        compact = compact.TrimStart('$', '€', '£', '¥');
        var match = Amount().Match(compact);
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var multiplier = match.Groups["scale"].Value switch
        {
            "" => 1m,
            "k" => 1_000m,
            "m" or "mm" or "mn" or "mio" => 1_000_000m,
            "b" or "bn" => 1_000_000_000m,
            _ => 0m,
        };
        if (multiplier == 0m)
        {
            return false;
        }

        try
        {
            value *= multiplier;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (decimal.Round(value, 2) != value)
        {
            return false;
        }

        amount = value;
        return true;
    }

    [GeneratedRegex(
        @"^(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?<scale>k|mm|mn|mio|m|bn|b)?(?:[a-z]{3})?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 200)]
    private static partial Regex Amount();
}
