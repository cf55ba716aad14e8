namespace BotCommit.Bot.Downloads;

/// <summary>
/// <c>BotCommit:Downloads</c>: where the bot's own download links point and how long one lives. Without
/// <see cref="PublicBaseUrl"/> an export offers no links (only the chat messages).
/// </summary>
internal sealed class DownloadOptions
{
    public const string SectionName = "BotCommit:Downloads";

    /// <summary>The bot's public address, as the admin's browser reaches it (https outside Development), e.g. <c>https://botcommit.contoso.com</c>.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a link can be used (once).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
