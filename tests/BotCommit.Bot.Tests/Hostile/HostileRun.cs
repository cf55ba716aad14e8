using System.Net;
using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Hostile;

/// <summary>
/// What one hostile request did: the HTTP status and body, every message the bot sent to the fake connector meanwhile
/// (text and card JSON), the host's log records, and who sent it.
/// </summary>
internal sealed record HostileRun(
    HttpStatusCode Status,
    string ResponseBody,
    IReadOnlyList<JsonObject> Replies,
    IReadOnlyList<CapturedLogEntry> Logs,
    string? RepAadId,
    bool RepSeeded);
