namespace BotCommit.Protocol.Authentication;

/// <summary>Result kind of inbound token validation.</summary>
internal enum ChannelTokenOutcome
{
    Unknown = 0,
    Valid = 1,
    Invalid = 2,
    MetadataUnavailable = 3,
}
