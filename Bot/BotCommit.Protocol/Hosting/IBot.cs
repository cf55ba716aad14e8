using BotCommit.Protocol.Schema;

namespace BotCommit.Protocol.Hosting;

/// <summary>
/// The host's activity handler, resolved from DI by the bot endpoint for every accepted activity. Return an
/// <see cref="InvokeResponse"/> for invokes (null → 200 empty for non-invokes, 501 for invokes); throw only on bugs
/// (the endpoint logs and answers 500).
/// </summary>
public interface IBot
{
    Task<InvokeResponse?> OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
