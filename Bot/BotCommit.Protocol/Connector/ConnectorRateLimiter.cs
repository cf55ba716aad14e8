using System.Threading.RateLimiting;

namespace BotCommit.Protocol.Connector;

/// <summary>
/// Token buckets for connector calls on the <see cref="System.Threading.RateLimiting"/> abstractions: one app-wide
/// bucket plus, per conversation, a per-second and a per-window bucket. A permit takes a token from every bucket it is
/// subject to <em>at the same moment</em>, so waiting on one bucket never hoards tokens of another (chaining independent
/// limiters does, and then releases bursts).
/// When the app-wide tokens run out, callers wait in their <see cref="OutboundLane"/>: interactive waiters are served
/// first, in arrival order; fan-out waiters are served round robin over tenants and, within a tenant, over teams — one
/// permit per visit, the one served moving to the back — and in arrival order within a team. A conversation out of
/// tokens holds back only its own later calls, never other conversations.
/// Buckets refill only through <see cref="Replenish"/>, called once per second from a <see cref="TimeProvider"/> timer
/// by <see cref="OutboundThrottle"/>: the BCL limiters read <c>Stopwatch</c> even when replenished by hand (.NET 10), so
/// they cannot follow a fake clock. Only one permit per call is supported.
/// </summary>
internal sealed class ConnectorRateLimiter : PartitionedRateLimiter<OutboundPermit>
{
    private static readonly RateLimitLease Granted = new Lease(isAcquired: true);
    private static readonly RateLimitLease Denied = new Lease(isAcquired: false);

    private readonly int _globalLimit;
    private readonly int _secondLimit;
    private readonly int _windowLimit;
    private readonly int _queueLimit;
    private readonly Dictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private readonly LinkedList<Waiter> _interactive = new();
    private readonly Dictionary<string, TenantQueue> _tenants = new(StringComparer.Ordinal);

    // Tenants with fan-out waiters, in the order they are next served.
    private readonly LinkedList<TenantQueue> _tenantRing = new();
    private readonly Lock _lock = new();
    private int _globalTokens;
    private int _fanOutWaiting;
    private long _successful;
    private long _failed;
    private bool _disposed;

    /// <param name="globalPerSecond">App-wide permits per second.</param>
    /// <param name="perSecond">Permits per conversation per second.</param>
    /// <param name="perWindow">Permits per conversation per window.</param>
    /// <param name="queueLimit">Most waiters per kind (interactive, fan-out); further calls of that kind are denied.</param>
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

    /// <summary>Waiters across all lanes and conversations.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_lock)
            {
                return _interactive.Count + _fanOutWaiting;
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

    public override RateLimiterStatistics? GetStatistics(OutboundPermit resource)
    {
        lock (_lock)
        {
            var partition = Find(resource.ConversationKey);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = partition is null ? _globalTokens : Math.Min(_globalTokens, Math.Min(partition.Second, partition.Window)),
                CurrentQueuedCount = partition?.Waiting ?? (_interactive.Count + _fanOutWaiting),
                TotalFailedLeases = _failed,
                TotalSuccessfulLeases = _successful,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(OutboundPermit resource, int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var partition = GetOrAdd(resource.ConversationKey);
            if (permitCount == 0 || TryTake(partition))
            {
                return Granted;
            }

            _failed++;
            return Denied;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(OutboundPermit resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        var lane = resource.Lane ?? OutboundLane.Unkeyed;
        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var partition = GetOrAdd(resource.ConversationKey);

            // Tokens left over after a refill mean every waiter is held by its own conversation: nobody servable is
            // passed over by granting at once.
            if (permitCount == 0 || (partition?.Waiting is null or 0 && TryTake(partition)))
            {
                return ValueTask.FromResult(Granted);
            }

            if ((lane.IsInteractive ? _interactive.Count : _fanOutWaiting) >= _queueLimit)
            {
                _failed++;
                return ValueTask.FromResult(Denied);
            }

            waiter = new Waiter(partition);
            Enqueue(waiter, lane);
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
                    pending = [.. _interactive, .. _tenants.Values.SelectMany(t => t.Teams.Values).SelectMany(t => t.Waiters)];
                    _interactive.Clear();
                    _tenants.Clear();
                    _tenantRing.Clear();
                    _fanOutWaiting = 0;
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

    private static bool CanServe(Partition? partition) => partition is null || (partition.Second > 0 && partition.Window > 0);

    // The first waiter of the list whose conversation has tokens; earlier waiters of a held conversation keep its later
    // ones behind them, because a held conversation stays held for the rest of the pump.
    private static LinkedListNode<Waiter>? FirstServable(LinkedList<Waiter> waiters)
    {
        for (var node = waiters.First; node is not null; node = node.Next)
        {
            if (CanServe(node.Value.Partition))
            {
                return node;
            }
        }

        return null;
    }

    // Interactive waiters first, in arrival order; then fan-out, one permit per visit, round robin over tenants and over
    // each tenant's teams. Tokens only decrease within a pump, so a tenant or team with nothing servable is skipped for
    // the rest of it. Caller holds the lock.
    private List<Waiter> Pump()
    {
        var granted = new List<Waiter>();
        for (var node = _interactive.First; node is not null && _globalTokens > 0;)
        {
            var next = node.Next;
            if (CanServe(node.Value.Partition))
            {
                Grant(node.Value, granted);
            }

            node = next;
        }

        HashSet<TenantQueue>? heldTenants = null;
        HashSet<TeamQueue>? heldTeams = null;
        while (_globalTokens > 0)
        {
            var tenantNode = _tenantRing.First;
            while (tenantNode is not null && heldTenants?.Contains(tenantNode.Value) == true)
            {
                tenantNode = tenantNode.Next;
            }

            if (tenantNode is null)
            {
                break;
            }

            var tenant = tenantNode.Value;
            var served = ServeOne(tenant, ref heldTeams, granted);
            if (!served)
            {
                (heldTenants ??= []).Add(tenant);
            }
            else if (tenant.RingNode is not null)
            {
                // Still waiting: to the back of the ring, behind the tenants not served in this round.
                _tenantRing.Remove(tenant.RingNode);
                _tenantRing.AddLast(tenant.RingNode);
            }
        }

        return granted;
    }

    // Serves one waiter of the tenant's first team that has a servable one, and moves that team to the back. Caller holds the lock.
    private bool ServeOne(TenantQueue tenant, ref HashSet<TeamQueue>? heldTeams, List<Waiter> granted)
    {
        for (var teamNode = tenant.Ring.First; teamNode is not null; teamNode = teamNode.Next)
        {
            var team = teamNode.Value;
            if (heldTeams?.Contains(team) == true)
            {
                continue;
            }

            var waiter = FirstServable(team.Waiters);
            if (waiter is null)
            {
                (heldTeams ??= []).Add(team);
                continue;
            }

            Grant(waiter.Value, granted);
            if (team.RingNode is not null)
            {
                tenant.Ring.Remove(team.RingNode);
                tenant.Ring.AddLast(team.RingNode);
            }

            return true;
        }

        return false;
    }

    // Takes the tokens and removes the waiter from its queue. Caller holds the lock.
    private void Grant(Waiter waiter, List<Waiter> granted)
    {
        TryTake(waiter.Partition);
        Dequeue(waiter);
        granted.Add(waiter);
    }

    private void Enqueue(Waiter waiter, OutboundLane lane)
    {
        if (lane.IsInteractive)
        {
            waiter.Node = _interactive.AddLast(waiter);
            return;
        }

        if (!_tenants.TryGetValue(lane.TenantKey, out var tenant))
        {
            tenant = new TenantQueue(lane.TenantKey);
            _tenants.Add(lane.TenantKey, tenant);
        }

        if (!tenant.Teams.TryGetValue(lane.TeamKey, out var team))
        {
            team = new TeamQueue(lane.TeamKey, tenant);
            tenant.Teams.Add(lane.TeamKey, team);
        }

        team.RingNode ??= tenant.Ring.AddLast(team);
        tenant.RingNode ??= _tenantRing.AddLast(tenant);
        waiter.Team = team;
        waiter.Node = team.Waiters.AddLast(waiter);
        _fanOutWaiting++;
    }

    // Removes a queued waiter, and its team and tenant when they have no waiters left. Caller holds the lock.
    private void Dequeue(Waiter waiter)
    {
        if (waiter.Node is null)
        {
            return;
        }

        if (waiter.Partition is not null)
        {
            waiter.Partition.Waiting--;
        }

        if (waiter.Team is not { } team)
        {
            _interactive.Remove(waiter.Node);
            waiter.Node = null;
            return;
        }

        team.Waiters.Remove(waiter.Node);
        waiter.Node = null;
        _fanOutWaiting--;
        if (team.Waiters.Count > 0)
        {
            return;
        }

        var tenant = team.Tenant;
        tenant.Teams.Remove(team.Key);
        tenant.Ring.Remove(team.RingNode!);
        team.RingNode = null;
        if (tenant.Teams.Count == 0)
        {
            _tenants.Remove(tenant.Key);
            _tenantRing.Remove(tenant.RingNode!);
            tenant.RingNode = null;
        }
    }

    // Takes one token from every bucket the call is subject to, or none. Caller holds the lock.
    private bool TryTake(Partition? partition)
    {
        if (_globalTokens == 0 || !CanServe(partition))
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

    private Partition? GetOrAdd(string? resource)
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

    private Partition? Find(string? resource) =>
        !string.IsNullOrEmpty(resource) && _partitions.TryGetValue(resource, out var partition) ? partition : null;

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return;
            }

            Dequeue(waiter);
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

    /// <summary>A tenant's fan-out: its teams with waiters, in the order they are next served.</summary>
    private sealed class TenantQueue(string key)
    {
        public string Key { get; } = key;

        public Dictionary<string, TeamQueue> Teams { get; } = new(StringComparer.Ordinal);

        public LinkedList<TeamQueue> Ring { get; } = new();

        public LinkedListNode<TenantQueue>? RingNode { get; set; }
    }

    /// <summary>A team's fan-out waiters in arrival order.</summary>
    private sealed class TeamQueue(string key, TenantQueue tenant)
    {
        public string Key { get; } = key;

        public TenantQueue Tenant { get; } = tenant;

        public LinkedList<Waiter> Waiters { get; } = new();

        public LinkedListNode<TeamQueue>? RingNode { get; set; }
    }

    private sealed class Waiter(Partition? partition)
    {
        public Partition? Partition { get; } = partition;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The fan-out queue it waits in; null for an interactive waiter.</summary>
        public TeamQueue? Team { get; set; }

        /// <summary>Place in its queue; null once granted, cancelled or failed (guarded by the limiter's lock).</summary>
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
