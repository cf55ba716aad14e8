namespace BotCommit.Forecasting.Scheduling;

/// <summary>Thread-safe counters of action outcomes, plus the first few errors, while a fan-out runs.</summary>
internal sealed class ActionTally
{
    /// <summary>Errors kept for the edge to log; beyond this only the count grows.</summary>
    public const int MaxErrors = 20;

    private readonly Lock _gate = new();
    private readonly List<ActionError> _errors = [];
    private int _due;
    private int _sent;
    private int _alreadyHandled;
    private int _failed;
    private int _deferred;
    private int _errorCount;
    private int _deliveryUnknown;

    public IReadOnlyList<ActionError> Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors.ToArray();
            }
        }
    }

    public ActionCounts Counts
    {
        get
        {
            lock (_gate)
            {
                return new ActionCounts(_due, _sent, _alreadyHandled, _failed, _deferred, _errorCount, _deliveryUnknown);
            }
        }
    }

    public void Add(ActionRun run)
    {
        lock (_gate)
        {
            _due++;
            switch (run.Outcome)
            {
                case ActionOutcome.Sent:
                    _sent++;
                    break;
                case ActionOutcome.AlreadyHandled:
                    _alreadyHandled++;
                    break;
                case ActionOutcome.Failed:
                    _failed++;
                    break;
                case ActionOutcome.Deferred:
                    _deferred++;
                    break;
                case ActionOutcome.DeliveryUnknown:
                    _failed++;
                    _deliveryUnknown++;
                    break;
                default:
                    break;
            }

            if (run.Error is { } error)
            {
                _errorCount++;
                if (_errors.Count < MaxErrors)
                {
                    _errors.Add(error);
                }
            }
        }
    }
}
