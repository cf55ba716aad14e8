namespace BotCommit.Forecasting.Pipeline;

/// <summary>
/// N, the length of each TOP list, as admins may set it ("set top 15"): from 1 to <see cref="Max"/> (three lists of 25
/// deals still fit a Teams card); <see cref="TopListCalculator.DefaultSize"/> when nothing is set.
/// </summary>
public static class TopListSize
{
    public const int Min = 1;

    public const int Max = 25;

    public static bool IsValid(int size) => size is >= Min and <= Max;

    /// <summary>The team's N: <paramref name="configured"/> when set and valid, else the default.</summary>
    public static int OrDefault(int? configured) => configured is { } n && IsValid(n) ? n : TopListCalculator.DefaultSize;
}
