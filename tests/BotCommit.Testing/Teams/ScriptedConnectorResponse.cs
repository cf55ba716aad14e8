using System.Text.Json.Nodes;

namespace BotCommit.Testing.Teams;

/// <summary>A canned answer of the fake Teams connector.</summary>
public sealed record ScriptedConnectorResponse(int StatusCode, string? Body = null, string? RetryAfter = null)
{
    /// <summary>429 with an optional <c>Retry-After</c> (delta-seconds or HTTP date text).</summary>
    public static ScriptedConnectorResponse Throttled(string? retryAfter) =>
        new(429, Error("Throttled", "Too many requests"), retryAfter);

    /// <summary>An error in the swagger shape <c>{"error":{"code","message"}}</c>.</summary>
    public static ScriptedConnectorResponse Failure(int statusCode, string code, string message = "error") =>
        new(statusCode, Error(code, message));

    /// <summary>An error in Teams' nested shape: <c>{"errorCode":209,"message":"{\"subCode\":…}"}</c>.</summary>
    public static ScriptedConnectorResponse NestedFailure(int statusCode, string subCode, string details = "blocked") =>
        new(statusCode, new JsonObject
        {
            ["errorCode"] = 209,
            ["message"] = new JsonObject { ["subCode"] = subCode, ["details"] = details, ["errorCode"] = null }.ToJsonString(),
        }.ToJsonString());

    private static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();
}
