using System.Text.Json.Nodes;
using BotCommit.Benchmarks.Seeding;

namespace BotCommit.Benchmarks.Inbound;

/// <summary>The <c>invoke</c> (<c>adaptiveCard/action</c>) a rep's Teams client sends when they press a card button.</summary>
internal static class InvokeActivity
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    /// <summary>The activity with <c>{id}</c> left as a placeholder to stamp a fresh id on every request.</summary>
    public static string Template(int rep, Uri serviceUrl, string botAppId, string verb, JsonObject data)
    {
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "{id}",
            ["timestamp"] = "2026-11-29T18:20:41.9Z",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = BenchmarkTeam.UserId(rep), ["name"] = "Rep", ["aadObjectId"] = BenchmarkTeam.AadId(rep) },
            ["recipient"] = new JsonObject { ["id"] = "28:" + botAppId, ["name"] = "BotCommit" },
            ["conversation"] = new JsonObject { ["id"] = BenchmarkTeam.ConversationId(rep), ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["locale"] = "en-US",
            ["replyToId"] = "1764180000321",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
                ["trigger"] = "manual",
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        return activity.ToJsonString();
    }
}
