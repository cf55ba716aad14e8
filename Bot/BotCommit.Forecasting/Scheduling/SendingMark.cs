namespace BotCommit.Forecasting.Scheduling;

/// <summary>
/// How the transport tells the schedule where a scheduled message is. <see cref="ActionRunner"/> makes one available
/// as <see cref="Current"/> around each send. The transport calls <see cref="OnWireAsync"/> right before each attempt
/// goes on the wire (after any wait for a rate-limit permit): the action is then recorded as
/// <see cref="Ports.ActionState.Sending"/>. It calls <see cref="RefusedAsync"/> when Teams refused an attempt without
/// processing it (429 throttled, 412): nothing arrived, so while the retry waits the action is back to
/// <see cref="Ports.ActionState.Claimed"/> and a crash in that wait re-sends it instead of leaving it "unknown".
/// Either throws <see cref="ClaimLostException"/> when another sender took the action over meanwhile.
/// Ambient (async-local) so that it reaches the transport through <see cref="IRepNotifier"/> and the protocol layer
/// without widening every signature between them; outside the schedule's sends there is none.
/// </summary>
public sealed class SendingMark
{
    private static readonly AsyncLocal<SendingMark?> CurrentMark = new();

    private readonly Func<CancellationToken, Task> _onWire;
    private readonly Func<CancellationToken, Task> _refused;

    internal SendingMark(Func<CancellationToken, Task> onWire, Func<CancellationToken, Task> refused)
    {
        _onWire = onWire;
        _refused = refused;
    }

    /// <summary>The mark of the action being sent in this async flow, or null outside the schedule's sends.</summary>
    public static SendingMark? Current => CurrentMark.Value;

    /// <summary>An attempt is about to go on the wire.</summary>
    public Task OnWireAsync(CancellationToken cancellationToken) => _onWire(cancellationToken);

    /// <summary>The last attempt was refused unprocessed (429, 412); a retry may follow.</summary>
    public Task RefusedAsync(CancellationToken cancellationToken) => _refused(cancellationToken);

    /// <summary>Sets the mark for the rest of the calling method's async flow; dispose to restore the previous one.</summary>
    internal static Scope Use(SendingMark? mark)
    {
        var previous = CurrentMark.Value;
        CurrentMark.Value = mark;
        return new Scope(previous);
    }

    internal readonly struct Scope(SendingMark? previous) : IDisposable
    {
        public void Dispose() => CurrentMark.Value = previous;
    }
}
