namespace BotCommit.Bot.Progress;

/// <summary><c>BotCommit:Progress</c>: how often a progress card may be replaced while its job runs.</summary>
internal sealed class ProgressOptions
{
    public const string SectionName = "BotCommit:Progress";

    /// <summary>At most one update per interval (plus the final one), whatever the number of reps.</summary>
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a progress card stands before the outcome replaces it (default: no wait). Teams draws a replacement
    /// whenever it comes; the Agents Playground's page drops one that arrives before it has drawn the card, which a job
    /// finishing in milliseconds (a small CRM import) does, so the end-to-end run sets this to a second or two.
    /// </summary>
    public TimeSpan MinimumShown { get; set; } = TimeSpan.Zero;
}
