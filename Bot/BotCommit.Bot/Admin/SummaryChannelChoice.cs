using System.Text.Json;
using System.Text.Json.Nodes;
using BotCommit.Forecasting.Ports;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Documents;

namespace BotCommit.Bot.Admin;

/// <summary>
/// The admin's <c>set channel</c> choice: DocumentTable scope <see cref="Scope"/>, key = team id,
/// <c>{"conversationId":"19:…@thread.tacv2","channelName":"Managers"}</c> — the document the summary publisher reads
/// (<see cref="Summary.SummaryChannel"/>). Written with its ETag (one retry on a conflict).
/// </summary>
internal sealed class SummaryChannelChoice(DocumentTable documents)
{
    public const string Scope = Summary.SummaryChannel.Scope;

    public async Task<ChannelChoice?> GetAsync(TeamId team, CancellationToken cancellationToken) =>
        Read(await documents.GetAsync(Scope, team.Value, cancellationToken));

    /// <summary>Stores the choice and returns the previous one (null if none).</summary>
    /// <exception cref="ConcurrencyConflictException">Changed by someone else twice meanwhile.</exception>
    public async Task<ChannelChoice?> SetAsync(TeamId team, ChannelChoice choice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var json = new JsonObject { ["conversationId"] = choice.ConversationId, ["channelName"] = choice.ChannelName }.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            var stored = await documents.GetAsync(Scope, team.Value, cancellationToken);
            try
            {
                await documents.SaveAsync(Scope, team.Value, json, stored?.ETag, cancellationToken);
                return Read(stored);
            }
            catch (ConcurrencyConflictException) when (attempt < 2)
            {
                // Another admin chose at the same moment: read theirs and write ours over it (last choice wins).
            }
        }
    }

    private static ChannelChoice? Read((string Json, string ETag)? document)
    {
        if (document is not { } found)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(found.Json);
            return node?["conversationId"]?.GetValue<string>() is { Length: > 0 } id
                ? new ChannelChoice(id, node["channelName"]?.GetValue<string>())
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
