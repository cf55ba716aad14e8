namespace BotCommit.Bot.CrmImport;

/// <summary>
/// <c>BotCommit:CrmImport</c>: which hosts an attached file may be downloaded from (Teams keeps a personal chat's files
/// in the sender's OneDrive; its <c>downloadUrl</c> is pre-authorised, so no token is ever sent with it) and how large a
/// report may be.
/// </summary>
internal sealed class CrmImportOptions
{
    public const string SectionName = "BotCommit:CrmImport";

    /// <summary>
    /// Host names a file is fetched from: an entry starting with a dot matches that domain's hosts
    /// (<c>.sharepoint.com</c> matches <c>contoso-my.sharepoint.com</c>), any other entry matches exactly. https only,
    /// except loopback hosts listed here (tests).
    /// </summary>
    public IList<string> FileHosts { get; } = [];

    public int MaxFileMegabytes { get; set; } = 4;

    /// <summary>The SharePoint Online domains of the public cloud, GCC High/DoD and the sovereign clouds.</summary>
    public static IReadOnlyList<string> DefaultFileHosts { get; } = [".sharepoint.com", ".sharepoint.us", ".sharepoint.de", ".sharepoint.cn"];
}
