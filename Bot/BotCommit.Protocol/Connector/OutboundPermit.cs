namespace BotCommit.Protocol.Connector;

/// <summary>What one connector call asks <see cref="ConnectorRateLimiter"/> for: its conversation's buckets (null or empty: none) and its lane.</summary>
internal readonly record struct OutboundPermit(string? ConversationKey, OutboundLane? Lane);
