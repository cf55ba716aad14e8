namespace BotCommit.Forecasting.Ports;

/// <summary>A stored value with its opaque concurrency stamp (an ETag in Azure Tables); pass it back to Save.</summary>
public sealed record Versioned<T>(T Value, string Version);
