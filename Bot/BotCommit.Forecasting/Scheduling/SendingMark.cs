namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// The moment a scheduled message is about to leave the process. <see cref="ActionRunner"/> makes
/// <see cref="Current"/> available around each send; the transport calls it once, right before the first attempt
/// goes on the wire (after any wait for a rate-limit permit), and the runner then records the action as
/// <see cref="Ports.ActionState.Sending"/>. Ambient (async-local) so that it can reach the transport through
/// <see cref="IRepNotifier"/> and the protocol layer without widening every signature between them. When nobody calls
/// it, the action simply never passes through "sending".
/// </summary>
public static class SendingMark
{
    private static readonly AsyncLocal<Func<CancellationToken, Task>?> CurrentMark = new();

    /// <summary>The mark of the action being sent in this async flow, or null outside the schedule's sends.</summary>
    public static Func<CancellationToken, Task>? Current => CurrentMark.Value;

    /// <summary>Sets the mark for the rest of the calling method's async flow; dispose to restore the previous one.</summary>
    internal static Scope Use(Func<CancellationToken, Task>? mark)
    {
        var previous = CurrentMark.Value;
        CurrentMark.Value = mark;
        return new Scope(previous);
    }

    internal readonly struct Scope(Func<CancellationToken, Task>? previous) : IDisposable
    {
        public void Dispose() => CurrentMark.Value = previous;
    }
}
