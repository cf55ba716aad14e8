namespace BotCommit.Storage.AzureTables.Serialization;

/// <summary>
/// Money as <c>long</c> minor units (amount × 100). Table entities never carry <c>decimal</c> properties:
/// the SDK reads them back as 0 (azure-sdk-for-net #28208, #47750).
/// </summary>
internal static class MinorUnits
{
    private const decimal Scale = 100m;

    // Multiplying by 0.01m (not dividing by 100m) keeps the scale at 2 decimals.
    private const decimal MinorUnit = 0.01m;

    /// <summary>Converts an amount with at most two decimals to minor units, exactly.</summary>
    /// <exception cref="ArgumentException">More than two decimals (would lose money).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Outside what a <c>long</c> of minor units can hold.</exception>
    public static long FromAmount(decimal amount)
    {
        var scaled = amount * Scale;
        if (decimal.Truncate(scaled) != scaled)
        {
            throw new ArgumentException($"An amount is stored with at most two decimals; got {amount}.", nameof(amount));
        }

        if (scaled is > long.MaxValue or < long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount is too large to store.");
        }

        return decimal.ToInt64(scaled);
    }

    /// <summary>Converts minor units back to the amount, exactly and with scale 2 (123450 → 1234.50).</summary>
    public static decimal ToAmount(long minorUnits) => minorUnits * MinorUnit;
}
