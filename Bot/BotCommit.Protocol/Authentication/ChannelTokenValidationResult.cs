using System.Security.Claims;

namespace BotCommit.Protocol.Authentication;

/// <summary>Outcome of validating a channel token; <see cref="Reason"/> is for logs only, never for the response.</summary>
internal sealed record ChannelTokenValidationResult(ChannelTokenOutcome Outcome, string? Reason, ClaimsIdentity? Identity)
{
    public static ChannelTokenValidationResult Valid(ClaimsIdentity identity) => new(ChannelTokenOutcome.Valid, null, identity);

    public static ChannelTokenValidationResult Invalid(string reason) => new(ChannelTokenOutcome.Invalid, reason, null);

    public static ChannelTokenValidationResult MetadataUnavailable(string reason) => new(ChannelTokenOutcome.MetadataUnavailable, reason, null);
}
