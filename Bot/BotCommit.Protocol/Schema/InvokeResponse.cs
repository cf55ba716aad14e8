using System.Text.Json.Nodes;

namespace BotCommit.Protocol.Schema;

/// <summary>
/// The HTTP answer to an <c>invoke</c> activity: <paramref name="Status"/> is the HTTP status code, <paramref name="Body"/>
/// the JSON body (null = empty). For <c>adaptiveCard/action</c> the HTTP status is 200 whenever the bot processed the
/// invoke and the outcome lives in the body (<see cref="Card"/>, <see cref="Message"/>, <see cref="Error"/>).
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>Body type that makes Teams replace the card in place.</summary>
    public const string CardBodyType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Body type that makes Teams show a text message under the card.</summary>
    public const string MessageBodyType = "application/vnd.microsoft.activity.message";

    /// <summary>Body type of an error outcome.</summary>
    public const string ErrorBodyType = "application/vnd.microsoft.error";

    /// <summary>HTTP 200 with an empty body.</summary>
    public static InvokeResponse Ok() => new(200, null);

    /// <summary>HTTP 501 with an empty body: the invoke name is not handled (what the SDK answers).</summary>
    public static InvokeResponse NotImplemented() => new(501, null);

    /// <summary>HTTP 200; the client replaces the card with <paramref name="card"/> for the acting user.</summary>
    public static InvokeResponse Card(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = CardBodyType,
            ["value"] = card,
        });
    }

    /// <summary>HTTP 200; the client shows <paramref name="text"/> as a message.</summary>
    public static InvokeResponse Message(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = MessageBodyType,
            ["value"] = text,
        });
    }

    /// <summary>
    /// An error outcome in the Universal Actions body shape
    /// <c>{"statusCode":statusCode,"type":"application/vnd.microsoft.error","value":{"code","message"}}</c>,
    /// sent with HTTP status 200: the invoke was processed and Teams reads the outcome from the body
    /// (Universal Actions model). Use <c>new InvokeResponse(400, body)</c> for the SDK's HTTP-400 variant.
    /// </summary>
    public static InvokeResponse Error(int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorBodyType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });
    }
}
