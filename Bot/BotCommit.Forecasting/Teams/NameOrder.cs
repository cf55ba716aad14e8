using System.Globalization;

namespace BotCommit.Forecasting.Teams;

/// <summary>
/// The order people's names are listed in: the collation of the team's culture (ICU's pinyin order for zh-CN, stroke
/// order for zh-TW, the alphabet of the language elsewhere), case-insensitive; ties broken ordinally so the order is
/// total. A culture this machine does not know sorts ordinally.
/// </summary>
public static class NameOrder
{
    public static IComparer<string> For(string? culture)
    {
        var compare = CompareInfoOf(culture);
        return Comparer<string>.Create((x, y) =>
        {
            var byCulture = compare is null
                ? StringComparer.OrdinalIgnoreCase.Compare(x, y)
                : compare.Compare(x, y, CompareOptions.IgnoreCase);
            return byCulture != 0 ? byCulture : string.CompareOrdinal(x, y);
        });
    }

    private static CompareInfo? CompareInfoOf(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture) || culture.Length > 85)
        {
            return null;
        }

        try
        {
            var found = CultureInfo.GetCultureInfo(culture.Trim());
            return found.Equals(CultureInfo.InvariantCulture) ? null : found.CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
