using System.Text.Json.Nodes;

namespace BotCommit.Bot.Tests.Commands;

/// <summary>CRM reports as Teams hands them to the bot: an attachment pointing at a pre-authorised download URL.</summary>
internal static class CrmFiles
{
    /// <summary>A personal-chat message with a file, as Teams sends one (supportsFiles): a download-info attachment.</summary>
    public static JsonObject Attached(CommandHost host, TestPerson from, string command, Uri url, string name)
    {
        var message = host.PersonalMessage(from, command);
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/olivia/Documents/" + name,
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = url.ToString(),
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        });
        return message;
    }
}
