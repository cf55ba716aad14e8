namespace BotCommit.Protocol.Connector;

/// <summary>
/// Which queue a connector call waits in when the app's budget is spent (<see cref="ConnectorOptions"/>). Answers to a
/// person's own activity are <see cref="Interactive"/>: served before any fan-out, so a reply never waits behind a
/// team's nudges. Everything else is fan-out, shared fairly: round robin over tenants, and within a tenant over teams
/// (<see cref="FanOut"/>), so one team's or tenant's thousands of sends cannot starve another's. Calls with no lane
/// given are fan-out of an unknown team (<see cref="Unkeyed"/>). Per-conversation limits apply in every lane.
/// </summary>
public sealed record OutboundLane
{
    private OutboundLane(bool isInteractive, string tenantKey, string teamKey)
    {
        IsInteractive = isInteractive;
        TenantKey = tenantKey;
        TeamKey = teamKey;
    }

    /// <summary>A reply to the activity being handled (the turn's own sends).</summary>
    public static OutboundLane Interactive { get; } = new(isInteractive: true, string.Empty, string.Empty);

    /// <summary>Fan-out whose tenant and team are not known: one shared queue.</summary>
    public static OutboundLane Unkeyed { get; } = new(isInteractive: false, string.Empty, string.Empty);

    public bool IsInteractive { get; }

    /// <summary>The tenant the fan-out belongs to ("" when unknown).</summary>
    public string TenantKey { get; }

    /// <summary>The team (or other fairness unit) inside <see cref="TenantKey"/> ("" when unknown).</summary>
    public string TeamKey { get; }

    /// <summary>Proactive sends on behalf of <paramref name="teamId"/> of <paramref name="tenantId"/> (either may be null).</summary>
    public static OutboundLane FanOut(string? tenantId, string? teamId) =>
        new(isInteractive: false, tenantId?.Trim().ToUpperInvariant() ?? string.Empty, teamId ?? string.Empty);
}
