using System.Threading.RateLimiting;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Token buckets for connector calls on the <see cref="System.Threading.RateLimiting"/> abstractions: one app-wide
/// bucket plus, per conversation (the partition key), a per-second and a per-window bucket. A permit takes a token from
/// every bucket it is subject to <em>at the same moment</em>, so waiting on one bucket never hoards tokens of another
/// (chaining independent limiters does, and then releases bursts). Waiters are served in arrival order, except that a
/// conversation out of tokens does not hold back other conversations.
/// Buckets refill only through <see cref="Replenish"/>, called once per second from a <see cref="TimeProvider"/> timer
/// by <see cref="OutboundThrottle"/>: the BCL limiters read <c>Stopwatch</c> even when replenished by hand (.NET 10), so
/// they cannot follow a fake clock. Only one permit per call is supported.
/// </summary>
internal sealed class ConnectorRateLimiter : PartitionedRateLimiter<string>
{
    private static readonly RateLimitLease Granted = new Lease(isAcquired: true);
    private static readonly RateLimitLease Denied = new Lease(isAcquired: false);

    private readonly int _globalLimit;
    private readonly int _secondLimit;
    private readonly int _windowLimit;
    private readonly int _queueLimit;
    private readonly Dictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly Lock _lock = new();
    private int _globalTokens;
    private long _successful;
    private long _failed;
    private bool _disposed;

    /// <param name="globalPerSecond">App-wide permits per second.</param>
    /// <param name="perSecond">Permits per conversation per second.</param>
    /// <param name="perWindow">Permits per conversation per window.</param>
    /// <param name="queueLimit">Most waiters; further calls are denied.</param>
    public ConnectorRateLimiter(int globalPerSecond, int perSecond, int perWindow, int queueLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(globalPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perWindow);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _globalLimit = _globalTokens = globalPerSecond;
        _secondLimit = perSecond;
        _windowLimit = perWindow;
        _queueLimit = queueLimit;
    }

    /// <summary>Waiters across all conversations.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>Conversations with live buckets.</summary>
    public int PartitionCount
    {
        get
        {
            lock (_lock)
            {
                return _partitions.Count;
            }
        }
    }

    /// <summary>
    /// One tick: refills the app-wide and per-second buckets and, when <paramref name="includeWindow"/>, the per-window
    /// buckets (forgetting idle conversations), then serves waiters once. One call per tick keeps the per-second limit
    /// exact even when a window boundary falls on the same instant.
    /// </summary>
    public void Replenish(bool includeWindow)
    {
        List<Waiter> granted;
        lock (_lock)
        {
            _globalTokens = _globalLimit;
            List<string>? idle = null;
            foreach (var (key, partition) in _partitions)
            {
                // At a window boundary every bucket is refilled, so a conversation nobody waits on equals a new one.
                if (includeWindow && partition.Waiting == 0)
                {
                    (idle ??= []).Add(key);
                }

                partition.Second = _secondLimit;
                if (includeWindow)
                {
                    partition.Window = _windowLimit;
                }
            }

            foreach (var key in idle ?? [])
            {
                _partitions.Remove(key);
            }

            granted = Pump();
        }

        Complete(granted);
    }

    public override RateLimiterStatistics? GetStatistics(string resource)
    {
        lock (_lock)
        {
            var partition = Find(resource);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = partition is null ? _globalTokens : Math.Min(_globalTokens, Math.Min(partition.Second, partition.Window)),
                CurrentQueuedCount = partition?.Waiting ?? _waiters.Count,
                TotalFailedLeases = _failed,
                TotalSuccessfulLeases = _successful,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var partition = GetOrAdd(resource);
            if (permitCount == 0 || TryTake(partition))
            {
                return Granted;
            }

            _failed++;
            return Denied;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var partition = GetOrAdd(resource);
            if (permitCount == 0 || (partition?.Waiting is null or 0 && TryTake(partition)))
            {
                return ValueTask.FromResult(Granted);
            }

            if (_waiters.Count >= _queueLimit)
            {
                _failed++;
                return ValueTask.FromResult(Denied);
            }

            waiter = new Waiter(partition);
            waiter.Node = _waiters.AddLast(waiter);
            if (partition is not null)
            {
                partition.Waiting++;
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.UnsafeRegister(
                static (state, token) =>
                {
                    var (limiter, waiting) = ((ConnectorRateLimiter, Waiter))state!;
                    limiter.Cancel(waiting, token);
                },
                (this, waiter));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        List<Waiter> pending = [];
        if (disposing)
        {
            lock (_lock)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    pending = [.. _waiters];
                    _waiters.Clear();
                }
            }
        }

        foreach (var waiter in pending)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetException(new ObjectDisposedException(nameof(ConnectorRateLimiter)));
        }

        base.Dispose(disposing);
    }

    private static void Complete(List<Waiter> granted)
    {
        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(Granted);
        }
    }

    // Serves waiters in arrival order while app-wide tokens last; a conversation whose head waiter cannot be served
    // is skipped as a whole so its later waiters keep their order. Caller holds the lock.
    private List<Waiter> Pump()
    {
        var granted = new List<Waiter>();
        HashSet<Partition>? blocked = null;
        var node = _waiters.First;
        while (node is not null && _globalTokens > 0)
        {
            var next = node.Next;
            var partition = node.Value.Partition;
            if (partition is not null && (blocked?.Contains(partition) == true || partition.Second == 0 || partition.Window == 0))
            {
                (blocked ??= []).Add(partition);
            }
            else
            {
                TryTake(partition);
                _waiters.Remove(node);
                node.Value.Node = null;
                if (partition is not null)
                {
                    partition.Waiting--;
                }

                granted.Add(node.Value);
            }

            node = next;
        }

        return granted;
    }

    // Takes one token from every bucket the call is subject to, or none. Caller holds the lock.
    private bool TryTake(Partition? partition)
    {
        if (_globalTokens == 0 || (partition is not null && (partition.Second == 0 || partition.Window == 0)))
        {
            return false;
        }

        _globalTokens--;
        if (partition is not null)
        {
            partition.Second--;
            partition.Window--;
        }

        _successful++;
        return true;
    }

    private Partition? GetOrAdd(string resource)
    {
        if (string.IsNullOrEmpty(resource))
        {
            return null;
        }

        if (!_partitions.TryGetValue(resource, out var partition))
        {
            partition = new Partition(_secondLimit, _windowLimit);
            _partitions.Add(resource, partition);
        }

        return partition;
    }

    private Partition? Find(string resource) =>
        !string.IsNullOrEmpty(resource) && _partitions.TryGetValue(resource, out var partition) ? partition : null;

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return;
            }

            _waiters.Remove(waiter.Node);
            waiter.Node = null;
            if (waiter.Partition is not null)
            {
                waiter.Partition.Waiting--;
            }
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
    }

    /// <summary>A conversation's buckets; all members guarded by the limiter's lock.</summary>
    private sealed class Partition(int second, int window)
    {
        public int Second { get; set; } = second;

        public int Window { get; set; } = window;

        public int Waiting { get; set; }
    }

    private sealed class Waiter(Partition? partition)
    {
        public Partition? Partition { get; } = partition;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Place in the queue; null once granted, cancelled or failed (guarded by the limiter's lock).</summary>
        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool isAcquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
