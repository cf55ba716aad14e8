using System.Text.Json.Nodes;
using BotCommit.Protocol.Hosting;

namespace BotCommit.Bot.CardActions;

/// <summary>
/// One card action: the verb, the card's data merged with its inputs (as sent by the client — untrusted), and the turn.
/// The actor is <c>Turn.Activity.From.AadObjectId</c> (authenticated), never a value from <see cref="Data"/>.
/// </summary>
internal sealed record CardActionContext(ITurnContext Turn, string Verb, JsonObject Data, bool IsExecute);
