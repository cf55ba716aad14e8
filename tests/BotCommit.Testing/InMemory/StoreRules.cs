using System.Globalization;
using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Ports;

namespace BotCommit.Testing.InMemory;

/// <summary>
/// The rules the Azure Tables stores enforce, mirrored so the fakes refuse what production refuses: versions
/// (null = create only), instants from 1601 on, amounts that fit <c>long</c> minor units, 32K-character values.
/// </summary>
internal static class StoreRules
{
    public const int MaxStoredTextLength = 32 * 1024;

    private static readonly DateTimeOffset s_minInstant = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly decimal s_maxAmount = long.MaxValue / 100m;
    private static long s_lastVersion;

    /// <summary>A new opaque version, unique across every fake in the process.</summary>
    public static string NextVersion() =>
        "v" + Interlocked.Increment(ref s_lastVersion).ToString(CultureInfo.InvariantCulture);

    /// <summary>Checks an expected version against the stored one, exactly like an ETag condition.</summary>
    public static void CheckVersion(string? storedVersion, string? expectedVersion, string what)
    {
        if (expectedVersion is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        }

        if (expectedVersion is null && storedVersion is not null)
        {
            throw new ConcurrencyConflictException($"{what} already exists (a create-only save needs it to be new).");
        }

        if (expectedVersion is not null && !string.Equals(storedVersion, expectedVersion, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException($"{what} was changed or removed by someone else since it was read.");
        }
    }

    public static void CheckInstant(DateTimeOffset? instant, string paramName)
    {
        if (instant is { } value && value < s_minInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Instants before 1601-01-01 UTC cannot be stored (is it unset?).");
        }
    }

    public static void CheckDeals(IEnumerable<DealForecast> deals, string paramName)
    {
        var seen = new HashSet<DealId>();
        foreach (var deal in deals)
        {
            ArgumentNullException.ThrowIfNull(deal, paramName);
            if (!seen.Add(deal.Id))
            {
                throw new ArgumentException("Each deal may appear only once.", paramName);
            }

            if (deal.Amount > s_maxAmount)
            {
                throw new ArgumentOutOfRangeException(paramName, deal.Amount, "The amount is too large to store.");
            }
        }
    }

    public static void CheckText(string? value, string paramName)
    {
        if (value is { Length: > MaxStoredTextLength })
        {
            throw new ArgumentException($"A stored value holds at most {MaxStoredTextLength} characters.", paramName);
        }
    }
}
