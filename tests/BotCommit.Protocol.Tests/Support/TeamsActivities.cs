using System.Text.Json.Nodes;

namespace BotCommit.Protocol.Tests.Support;

/// <summary>Inbound Teams activities shaped like protocol doc 2.4 (ids are fake).</summary>
internal static class TeamsActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "0b7e5a3c-1d2f-4e6a-8c9b-aa11bb22cc33";
    public const string BotId = "28:3c9a7e1d-5b2f-4a6c-9e8d-7f0a1b2c3d4e";

    public static JsonObject PersonalMessage(string id = "1764400210456", string text = "status", string serviceUrl = ServiceUrl, string channelId = "msteams", string tenantId = TenantId) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-24T08:10:10.456Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:1rep-alice", ["name"] = "Alice Rep", ["aadObjectId"] = "6f1d2c3b-0a9e-4c7d-8b6a-5e4f3d2c1b0a" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BotCommit" },
        ["conversation"] = new JsonObject { ["id"] = "a:1personal-chat", ["conversationType"] = "personal", ["tenantId"] = tenantId },
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    public static JsonObject ChannelMessage(string id = "1764400299999", string serviceUrl = ServiceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1ops-bob", ["name"] = "Bob Ops", ["aadObjectId"] = "a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "BotCommit" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "19:c0ffee@thread.tacv2;messageid=" + id,
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
        },
        ["text"] = "<at>BotCommit</at> summary now",
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = "19:c0ffee@thread.tacv2" },
        },
    };

    public static JsonObject Invoke(string id = "f:2d4e6f80-1a3c", string name = "adaptiveCard/action", string serviceUrl = ServiceUrl)
    {
        var activity = PersonalMessage(id, text: string.Empty, serviceUrl: serviceUrl);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "commit.submit", ["data"] = new JsonObject { ["week"] = "2026-W48" } },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
