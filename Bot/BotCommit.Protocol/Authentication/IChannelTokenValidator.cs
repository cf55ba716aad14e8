using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Authentication;

/// <summary>Validates the bearer token of an inbound channel request against the activity it carries (protocol doc 3.2 rows 6–10).</summary>
internal interface IChannelTokenValidator
{
    Task<ChannelTokenValidationResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken);
}
