namespace BotCommit.Testing.Teams;

/// <summary>What to put into a minted channel token. Null values leave the claim out.</summary>
public sealed record ChannelTokenRequest
{
    public string? Issuer { get; init; } = FakeOpenIdServer.BotFrameworkIssuer;

    public string? Audience { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>Reference instant for <see cref="NotBefore"/>/<see cref="Expires"/> defaults (the validator's clock).</summary>
    public required DateTimeOffset Now { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>RS256, RS384 or RS512.</summary>
    public string Algorithm { get; init; } = "RS256";
}
