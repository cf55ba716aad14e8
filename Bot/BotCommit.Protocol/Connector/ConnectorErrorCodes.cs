namespace BotCommit.Protocol.Connector;

/// <summary>Error codes and sub-codes Teams returns (protocol doc 5.4).</summary>
public static class ConnectorErrorCodes
{
    public const string BotDisabledByAdmin = "BotDisabledByAdmin";
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";
    public const string ForbiddenOperationException = "ForbiddenOperationException";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    public const string ConversationNotFound = "ConversationNotFound";
    public const string ActivityNotFoundInConversation = "ActivityNotFoundInConversation";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
}
