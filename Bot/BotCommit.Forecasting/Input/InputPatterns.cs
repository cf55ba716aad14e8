namespace BotCommit.Forecasting.Input;

/// <summary>What every pattern that reads people's input shares.</summary>
public static class InputPatterns
{
    /// <summary>
    /// The match timeout of every input pattern, in milliseconds. The patterns are linear and the input is short, so
    /// this is only a backstop; it is generous because .NET counts wall time, and on a busy host a thread descheduled for
    /// a few hundred milliseconds made a valid amount time out (seen at 200 ms with a load average of 30 on 2 cores).
    /// </summary>
    public const int TimeoutMilliseconds = 2_000;
}
